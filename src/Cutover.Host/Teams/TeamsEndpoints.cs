using System.Net;
using Cutover.Chat.Teams.Activities;
using Cutover.Chat.Teams.Auth;
using Cutover.Chat.Teams.Cards;
using Cutover.Chat.Teams.Inbound;
using Cutover.Core.Approvals;
using Cutover.Core.Messages;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Host.Inbound;

namespace Cutover.Host.Teams;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint. Each activity is parsed, its bearer token validated
/// (without an app id: loopback only, the Emulator convention), stored in the durable inbound queue (deduplicated by
/// activity) and acknowledged. A card click (<c>adaptiveCard/action</c>) is answered with the refreshed card once the
/// worker has recorded the decision, or with its refusal, shown to the clicker only; the shared card is updated for
/// everyone by the announcer.
/// </summary>
public static partial class TeamsEndpoints
{
    public const string Channel = "teams";

    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>How long a card click waits for its decision before answering "recorded, the card follows".</summary>
    public static readonly TimeSpan InvokeWait = TimeSpan.FromSeconds(4);

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesAsync);
        return endpoints;
    }

    private static async Task<IResult> MessagesAsync(HttpContext http, BotFrameworkTokenValidator validator, IInboundRequests inbound,
        InboundWorker worker, TeamsInvokeReplies replies, IRunStore store, ApprovalPolicy policy, TimeProvider clock, ILogger<TeamsRequestLog> log)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        if (body.Length > MaxBodyBytes)
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var parsed = TeamsActivityParser.Parse(body);
        if (!parsed.Succeeded)
        {
            LogMalformed(log, parsed.Error ?? "unreadable activity");
            return Results.BadRequest(new { error = parsed.Error });
        }

        var activity = parsed.Activity!;
        var auth = await validator.ValidateAsync(http.Request.Headers.Authorization.FirstOrDefault(), activity.ServiceUrl, activity.ChannelId,
            http.RequestAborted);
        if (auth.IsFault)
        {
            LogAuthFault(log, auth.ToString());
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!auth.Succeeded || (auth.IsAnonymous && !IsLoopback(http.Connection.RemoteIpAddress)))
        {
            LogUnauthorized(log, auth.Succeeded ? "no app id is configured, so only loopback (the Bot Framework Emulator) may call" : auth.ToString());
            return Results.Unauthorized();
        }

        var inboundEvent = TeamsInbound.Classify(activity);
        switch (inboundEvent)
        {
            case TeamsRejectedInvoke rejected:
                var error = AdaptiveCardInvokeResponse.Error(rejected);
                return Results.Json(error.Body, statusCode: error.StatusCode);
            case TeamsIgnored:
                return Results.Ok();
            case TeamsCardAction click when click.DedupeKey is { } key:
                var reply = replies.Expect(key);
                if (await inbound.EnqueueAsync(new InboundRequestData(key, Channel, "activity", body), clock.GetUtcNow(), http.RequestAborted))
                    worker.Wake();
                var answered = await Task.WhenAny(reply, Task.Delay(InvokeWait, http.RequestAborted)) == reply;
                replies.Forget(key);
                var invoke = answered
                    ? await Answer(await reply, click, store, policy, http.RequestAborted)
                    : AdaptiveCardInvokeResponse.Message("Cutover has your decision; the card updates in a moment.");
                return Results.Json(invoke.Body, statusCode: invoke.StatusCode);
            case { DedupeKey: { } key2 }:
                if (await inbound.EnqueueAsync(new InboundRequestData(key2, Channel, "activity", body), clock.GetUtcNow(), http.RequestAborted))
                    worker.Wake();
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>The clicker's answer: their refusal, or the request card as it stands after their decision.</summary>
    private static async Task<AdaptiveCardInvokeResponse> Answer(ChatMessage? refusal, TeamsCardAction click, IRunStore store, ApprovalPolicy policy,
        CancellationToken cancellationToken)
    {
        if (refusal is not null)
            return AdaptiveCardInvokeResponse.Message(refusal.Text ?? refusal.Title);
        var run = await store.GetAsync(click.Payload.RunId, cancellationToken);
        if (run?.FindStep(click.Payload.StepId) is not { } step)
            return AdaptiveCardInvokeResponse.Message("Recorded.");
        var view = step.State == StepState.AwaitingApproval && step.Version == click.Payload.StepVersion
            ? RunMessages.ApprovalRequest(run, step, policy)
            : RunMessages.Decided(run, step);
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(view));
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Teams: no MicrosoftAppId is set, so /api/messages accepts unauthenticated activities from loopback only (Bot Framework Emulator)")]
    public static partial void LogEmulatorMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams activity refused with 401: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Teams activity answered 503: the Bot Framework signing keys could not be read ({Reason})")]
    private static partial void LogAuthFault(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams activity refused with 400: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string reason);
}

/// <summary>The log category of the Teams endpoint.</summary>
public sealed class TeamsRequestLog;
