using Cutover.Chat.Teams.Auth;
using Cutover.Chat.Teams.Cards;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cutover.Chat.Teams;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework messaging endpoint, mapped only with an app id or in the explicit Emulator
/// mode. Each activity is parsed, its bearer token validated (Emulator mode: no token, loopback only, nothing
/// forwarded by a proxy), and what it asks (<see cref="TeamsInboundRequests"/>) stored in the durable inbound queue
/// (deduplicated by activity) and acknowledged; <see cref="InboundHandler"/> does the work. A card click
/// (<c>adaptiveCard/action</c>) is answered with the refreshed card once the worker has recorded the decision, or with its
/// refusal, shown to the clicker only; the shared card is updated for everyone by the announcer.
/// </summary>
public static partial class TeamsEndpoints
{
    public const string Channel = "teams";

    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>How long a card click waits for its decision before answering "recorded, the card follows".</summary>
    public static readonly TimeSpan InvokeWait = TimeSpan.FromSeconds(4);

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesAsync).TimesAck(Channel);
        return endpoints;
    }

    private static async Task<IResult> MessagesAsync(HttpContext http, BotFrameworkTokenValidator validator, InboundIntake intake,
        TeamsInvokeReplies replies, IRunStore store, ApprovalPolicy policy, IPeopleDirectory people, ILogger<TeamsRequestLog> log)
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

        if (!auth.Succeeded)
        {
            LogUnauthorized(log, auth.ToString());
            return Results.Unauthorized();
        }

        if (auth.IsAnonymous && EmulatorRefusal(http) is { } refusal)
        {
            LogUnauthorized(log, refusal);
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
                var invoke = Pending();
                // A click that names nobody decides nothing and is not stored.
                if (TeamsInboundRequests.From(click) is { } request)
                {
                    var reply = replies.Expect(key);
                    await intake.StoreAsync(key, Channel, request, http.RequestAborted);
                    var answered = await Task.WhenAny(reply, Task.Delay(InvokeWait, http.RequestAborted)) == reply;
                    replies.Forget(key);
                    if (answered)
                        invoke = await Answer(await reply, click, store, policy, people, http.RequestAborted);
                }

                return Results.Json(invoke.Body, statusCode: invoke.StatusCode);
            case { DedupeKey: { } key }:
                if (TeamsInboundRequests.From(inboundEvent) is { } asked)
                    await intake.StoreAsync(key, Channel, asked, http.RequestAborted);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    /// <summary>The answer to a click whose decision is not worked within <see cref="InvokeWait"/>.</summary>
    private static AdaptiveCardInvokeResponse Pending() => AdaptiveCardInvokeResponse.Message("Cutover has your decision; the card updates in a moment.");

    /// <summary>The clicker's answer: their refusal, or the request card as it stands after their decision.</summary>
    private static async Task<AdaptiveCardInvokeResponse> Answer(ChatMessage? refusal, TeamsCardAction click, IRunStore store, ApprovalPolicy policy,
        IPeopleDirectory people, CancellationToken cancellationToken)
    {
        if (refusal is not null)
        {
            var (refused, _) = await people.ShowAsync(ChatChannel.Teams, refusal, cancellationToken);
            return AdaptiveCardInvokeResponse.Message(refused.Text ?? refused.Title);
        }

        if (click.Payload.ManualAction is not null)
            return AdaptiveCardInvokeResponse.Message("Cutover recorded it as done; the card updates in a moment.");
        var run = await store.GetAsync(click.Payload.RunId, cancellationToken);
        if (run?.FindStep(click.Payload.StepId) is not { } step)
            return AdaptiveCardInvokeResponse.Message("Recorded.");
        var view = step.State == StepState.AwaitingApproval && step.Version == click.Payload.StepVersion
            ? RunMessages.ApprovalRequest(run, step, policy)
            : RunMessages.Decided(run, step);
        // The names Cutover knows, and no Connector lookups: the clicker is waiting for this answer.
        var (shown, names) = await people.ShowAsync(ChatChannel.Teams, view, cancellationToken);
        return AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(shown, names));
    }

    /// <summary>
    /// Why an unauthenticated (Emulator mode) request is refused: it must come from loopback and straight from the
    /// Emulator. A request a proxy forwarded (it says so in its headers) arrives from loopback but was sent by anyone.
    /// </summary>
    private static string? EmulatorRefusal(HttpContext http)
    {
        if (http.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
            return "no app id is configured (Emulator mode), so only loopback may call";
        return ProxyHeaders.FirstOrDefault(http.Request.Headers.ContainsKey) is { } header
            ? $"Emulator mode accepts no forwarded request, and this one carries {header}"
            : null;
    }

    private static readonly string[] ProxyHeaders = ["Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP"];

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Teams: CUTOVER_TEAMS_EMULATOR=true and no MicrosoftAppId, so /api/messages accepts unauthenticated activities from loopback only (Bot Framework Emulator)")]
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
