using Cutover.Chat.Slack.Inbound;
using Cutover.Chat.Slack.Payloads;
using Cutover.Chat.Slack.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cutover.Chat.Slack;

/// <summary>
/// Slack's three request URLs. Each verifies the signature over the raw body, parses it, stores what it asks
/// (<see cref="SlackInboundRequests"/>) in the durable inbound queue (a redelivery is stored once) and answers 200 at once;
/// <see cref="InboundHandler"/> does the work. Only the reject button's modal is opened here, because its <c>trigger_id</c>
/// lasts three seconds; when that fails or takes too long, the click is stored and the worker asks for the reason in the thread.
/// </summary>
public static partial class SlackEndpoints
{
    public const string Channel = "slack";

    /// <summary>How long the reject button's modal may take to open before the acknowledgement goes out without it.</summary>
    public static readonly TimeSpan ModalBudget = TimeSpan.FromSeconds(2);

    /// <summary>Slack's payloads are small; anything larger is not from Slack.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/slack/commands", CommandAsync).TimesAck(Channel);
        endpoints.MapPost("/slack/interactions", InteractionAsync).TimesAck(Channel);
        endpoints.MapPost("/slack/events", EventAsync).TimesAck(Channel);
        return endpoints;
    }

    private static async Task<IResult> CommandAsync(HttpContext http, SlackSignatureVerifier verifier, InboundIntake intake,
        ILogger<SlackRequestLog> log)
    {
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, log);
        var text = Encoding.UTF8.GetString(body);
        // Slack sends its SSL check unsigned; it carries nothing to act on.
        if (SlackPayloadParser.IsSslCheck(text))
            return Results.Ok();
        if (refusal is not null)
            return refusal;
        var parsed = SlackPayloadParser.ParseCommand(text);
        if (parsed.Request is not SlackSlashCommand command)
            return BadRequest(log, "command", parsed.Error ?? "not a slash command");
        await intake.StoreAsync(command.DedupeKey, Channel, SlackInboundRequests.Command(command), http.RequestAborted);
        return Results.Ok();
    }

    private static async Task<IResult> InteractionAsync(HttpContext http, SlackSignatureVerifier verifier, InboundIntake intake,
        SlackChatNotifier slack, ILogger<SlackRequestLog> log)
    {
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, log);
        if (refusal is not null)
            return refusal;
        var text = Encoding.UTF8.GetString(body);
        var parsed = SlackPayloadParser.ParseInteraction(text);
        switch (parsed.Request)
        {
            case SlackBlockActions { Action.ActionId: ActionIds.ApproveStep or ActionIds.RejectStep or ActionIds.ConfirmManualAction } click:
                if (SlackInboundRequests.Click(click) is not { } request)
                    return BadRequest(log, "interaction", $"the {click.Action.ActionId} button carries no step payload");
                // The worker asks for the reason in the thread when the modal cannot be opened within the ack's time.
                if (request is InboundRejectByCommand reject && await TryOpenRejectReasonAsync(slack, click, reject.Payload, log, http.RequestAborted))
                    return Results.Ok();
                await intake.StoreAsync(click.DedupeKey, Channel, request, http.RequestAborted);
                return Results.Ok();
            case SlackBlockActions other:
                LogIgnored(log, "block_actions", other.Action.ActionId);
                return Results.Ok();
            case SlackViewSubmission submission:
                if (SlackInboundRequests.Rejection(submission, out var error) is not { } rejection)
                    return Results.Content(RejectReasonModal.ErrorResponse($"Cutover could not read this: {error}."), "application/json");
                await intake.StoreAsync(submission.DedupeKey, Channel, rejection, http.RequestAborted);
                return Results.Ok();
            case null:
                return BadRequest(log, "interaction", parsed.Error ?? "unreadable payload");
            default:
                LogIgnored(log, "interaction", parsed.Request.GetType().Name);
                return Results.Ok();
        }
    }

    private static async Task<IResult> EventAsync(HttpContext http, SlackSignatureVerifier verifier, InboundIntake intake,
        ILogger<SlackRequestLog> log)
    {
        var (body, refusal) = await ReadVerifiedAsync(http, verifier, log);
        if (refusal is not null)
            return refusal;
        var text = Encoding.UTF8.GetString(body);
        var parsed = SlackPayloadParser.ParseEvent(text);
        switch (parsed.Request)
        {
            case SlackUrlVerification verification:
                return Results.Json(new { challenge = verification.Challenge });
            case SlackAppMention mention:
                await intake.StoreAsync(mention.DedupeKey, Channel, SlackInboundRequests.Mention(mention), http.RequestAborted);
                return Results.Ok();
            case null:
                return BadRequest(log, "event", parsed.Error ?? "unreadable event");
            default:
                LogIgnored(log, "event", parsed.Request.GetType().Name);
                return Results.Ok();
        }
    }

    /// <summary>
    /// Opens the reject button's reason modal, which must happen now: its <c>trigger_id</c> lasts three seconds. Slack
    /// gives up on the acknowledgement after three seconds too, so <c>views.open</c> gets <see cref="ModalBudget"/> and
    /// a failure or timeout is reported (false), never thrown: the acknowledgement always goes out.
    /// </summary>
    private static async Task<bool> TryOpenRejectReasonAsync(SlackChatNotifier slack, SlackBlockActions reject, StepActionPayload payload,
        ILogger<SlackRequestLog> log, CancellationToken requestAborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        budget.CancelAfter(ModalBudget);
        try
        {
            await slack.OpenRejectReasonAsync(reject.TriggerId, payload, reject.ChannelId, reject.MessageTs, budget.Token);
            return true;
        }
        catch (Exception exception) when (!requestAborted.IsCancellationRequested)
        {
            // Whatever went wrong (Slack's error, a timeout, the circuit open), the click is answered in the thread.
            LogModalNotOpened(log, exception switch
            {
                SlackApiException api => api.Error,
                OperationCanceledException => $"views.open did not answer within {ModalBudget.TotalSeconds:0.#} s",
                _ => exception.GetType().Name,
            });
            return false;
        }
    }

    private static async Task<(byte[] Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext http, SlackSignatureVerifier verifier,
        ILogger<SlackRequestLog> log)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
            return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
                return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var verified = verifier.Verify(
            http.Request.Headers[SlackSignature.TimestampHeader].FirstOrDefault(),
            http.Request.Headers[SlackSignature.SignatureHeader].FirstOrDefault(),
            body);
        if (verified.IsValid)
            return (body, null);
        if (!SlackPayloadParser.IsSslCheck(Encoding.UTF8.GetString(body)))
            LogUnverified(log, http.Request.Path, verified.Reason);
        return (body, Results.Unauthorized());
    }

    private static IResult BadRequest(ILogger<SlackRequestLog> log, string kind, string reason)
    {
        LogMalformed(log, kind, reason);
        return Results.BadRequest(new { error = reason });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request to {Path} refused with 401: {Reason}")]
    private static partial void LogUnverified(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Kind} refused with 400: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack: the reject reason modal was not opened ({Reason}); the reason is asked for in the thread")]
    private static partial void LogModalNotOpened(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Kind} {What} ignored")]
    private static partial void LogIgnored(ILogger logger, string kind, string what);
}

/// <summary>The log category of Slack's endpoints.</summary>
public sealed class SlackRequestLog;
