using Cutover.Core.Approvals;
using Cutover.Core.Conversations;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Sandbox.Console;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The console's API under <c>/api/sandbox</c>: commands and clicks go to the same <see cref="ChatCommands"/> as Slack's
/// and Teams'; whatever Cutover posts arrives through the console channel (<c>GET messages</c>, live on <c>GET events</c>);
/// the audit view, the simulated Heroku and DNS, and the clock complete the picture. Mapped only in sandbox mode.
/// </summary>
internal static partial class SandboxEndpoints
{
    public const string Prefix = "/api/sandbox";

    /// <summary>The one console channel.</summary>
    public const string ChannelId = "migrations";

    private const int MaxText = 2000;
    private const int MaxReason = 500;

    public static IEndpointRouteBuilder MapSandboxApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(Prefix);
        api.MapGet("/users", (SandboxUsers users) => Results.Json(new { channel = ChannelId, users = users.All }, ConsoleJson.Options));
        api.MapPost("/command", CommandAsync);
        api.MapPost("/click", ClickAsync);
        api.MapGet("/messages", (ConsoleChannel channel) => Results.Json(new { channel = ChannelId, messages = channel.Messages() }, ConsoleJson.Options));
        api.MapGet("/events", (HttpContext http, ConsoleChannel channel, IHostApplicationLifetime lifetime) =>
            ConsoleEventFeed.WriteAsync(http, channel, lifetime.ApplicationStopping));
        api.MapGet("/audit/{runId:long}", AuditAsync);
        api.MapGet("/heroku", (SimulatorServer heroku) => Results.Content(heroku.Simulator.DescribeState(), "application/json; charset=utf-8"));
        api.MapGet("/dns", (SimulatorServer heroku) => Results.Json(new
        {
            records = heroku.Dns.Records.Select(r => new { r.Name, r.Type, r.Content, ttl = r.PublishedTtl, r.ModifiedOn }),
        }, ConsoleJson.Options));
        api.MapGet("/time", async (SandboxTimeControl time, CancellationToken ct) => Results.Json(await time.StateAsync(ct), ConsoleJson.Options));
        api.MapPost("/time", MoveTimeAsync);
        return routes;
    }

    private static async Task<IResult> CommandAsync(ConsoleCommandRequest? body, ChatCommands commands, ConsoleChannel channel,
        TimeProvider clock, ILogger<ConsoleCommandRequest> log, CancellationToken cancellationToken)
    {
        if (User(body?.User) is { } userError)
            return userError;
        var typed = body!.Text?.Trim() ?? string.Empty;
        if (typed.Length is 0 or > MaxText)
            return Bad($"Type a command of 1 to {MaxText} characters, e.g. /cutover help.");
        var text = CommandText().Match(typed) is { Success: true } match ? match.Groups["rest"].Value : typed;
        if (text.StartsWith('/'))
            return Bad("The console runs /cutover commands only, e.g. /cutover plan demo-app to demo-space.");
        if (body.ThreadId is { } thread && channel.Find(thread) is not { ThreadId: null })
            return Bad($"There is no thread {thread} in #{ChannelId}.");

        channel.PostTyped(ChannelId, body.ThreadId, body.User!, typed);
        var request = new ChatRequest(new ConversationReference(ChatChannel.Console, ChannelId, body.ThreadId), new ChatUser(ChatChannel.Console, body.User!));
        return await ReplyAsync(() => commands.CommandAsync(request, text, cancellationToken), body.ThreadId, clock, log, "command");
    }

    private static async Task<IResult> ClickAsync(ConsoleClickRequest? body, ChatCommands commands, TimeProvider clock,
        ILogger<ConsoleCommandRequest> log, CancellationToken cancellationToken)
    {
        if (User(body?.User) is { } userError)
            return userError;
        Verdict? verdict = body!.ActionId switch
        {
            ActionIds.ApproveStep => Verdict.Approve,
            ActionIds.RejectStep => Verdict.Reject,
            ActionIds.ConfirmManualAction => Verdict.Approve,
            _ => null,
        };
        if (verdict is null)
            return Bad($"Unknown action '{body.ActionId}': buttons are {ActionIds.ApproveStep}, {ActionIds.RejectStep} and {ActionIds.ConfirmManualAction}.");
        if (StepActionPayload.TryParse(body.Payload) is not { } payload || !payload.Fits(body.ActionId))
            return Bad("The click carries no step payload: send the button's value unchanged, e.g. {\"run\":1,\"step\":\"deploy\",\"v\":1}.");
        if (body.Reason is { Length: > MaxReason })
            return Bad($"A reason is at most {MaxReason} characters.");

        var request = new ChatRequest(new ConversationReference(ChatChannel.Console, ChannelId), new ChatUser(ChatChannel.Console, body.User!));
        return await ReplyAsync(() => commands.ClickAsync(request, payload, verdict.Value, body.Reason?.Trim(), cancellationToken), null, clock, log, "click");
    }

    private static async Task<IResult> ReplyAsync(Func<Task<ChatMessage?>> act, string? threadId, TimeProvider clock,
        ILogger<ConsoleCommandRequest> log, string what)
    {
        ChatMessage? reply;
        try
        {
            reply = await act();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An operational fault (the simulator refused, the database is busy): say what, never crash the page.
            LogFailed(log, what, exception.GetType().Name);
            return Results.Json(new ConsoleError($"Cutover could not finish that: {exception.GetType().Name}: {exception.Message}"),
                ConsoleJson.Options, statusCode: StatusCodes.Status502BadGateway);
        }

        var view = reply is null ? null : ConsoleMessageView.FromBot("reply", ChannelId, threadId, ConsoleChannel.BotName, reply, clock.GetUtcNow());
        return Results.Json(new ConsoleReply(view), ConsoleJson.Options);
    }

    private static async Task<IResult> AuditAsync(long runId, IRunStore runs, IAuditLog audit, SimulatorServer heroku, CancellationToken cancellationToken)
    {
        if (await runs.GetAsync(runId, cancellationToken) is not { } run)
            return Results.Json(new ConsoleError($"There is no run {runId}."), ConsoleJson.Options, statusCode: StatusCodes.Status404NotFound);
        var events = await audit.ReadAsync(runId, cancellationToken);
        var until = run.IsActive || events.Count == 0 ? DateTimeOffset.MaxValue : events[^1].At;
        var entries = events
            .Select(e => new AuditEntry(e.At, "cutover", e.Actor, e.Action, e.StepId, e.StepVersion, e.Before, e.After, e.Detail))
            .Concat(heroku.Changes()
                .Where(c => c.At >= run.CreatedAt && c.At <= until)
                .Select(c => new AuditEntry(c.At, c.Path.StartsWith("/client/v4/", StringComparison.Ordinal) ? "dns" : "heroku", "cutover", $"{c.Method} {c.Path}", null, null, null, c.Status.ToString(System.Globalization.CultureInfo.InvariantCulture), null)))
            .OrderBy(e => e.At)
            .ToList();
        return Results.Json(new AuditView(run.Id, run.SourceApp, run.TargetSpace, run.State.ToString(), entries), ConsoleJson.Options);
    }

    private static async Task<IResult> MoveTimeAsync(TimeRequest? body, SandboxTimeControl time, CancellationToken cancellationToken)
    {
        try
        {
            switch (body?.Action)
            {
                case "rate" when body.Rate is { } rate:
                    return Results.Json(await time.SetRateAsync(rate, cancellationToken), ConsoleJson.Options);
                case "advance" when body.Minutes is { } minutes && double.IsFinite(minutes):
                    return Moved(await time.AdvanceAsync(TimeSpan.FromMinutes(minutes), cancellationToken));
                case "next":
                    return Moved(await time.NextAsync(cancellationToken));
                default:
                    return Bad("Send {\"action\":\"next\"}, {\"action\":\"advance\",\"minutes\":60} or {\"action\":\"rate\",\"rate\":10}.");
            }
        }
        catch (ArgumentOutOfRangeException exception)
        {
            return Bad(exception.Message.Split(" (Parameter", 2)[0]);
        }
        catch (InvalidOperationException exception)
        {
            return Results.Json(new ConsoleError(exception.Message), ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static IResult Moved(TimeMove? move) => move is null
        ? Results.Json(new ConsoleError("The clock is already moving; try again when that move has finished."), ConsoleJson.Options,
            statusCode: StatusCodes.Status409Conflict)
        : Results.Json(move, ConsoleJson.Options);

    private static IResult? User(string? user) =>
        user is not null && UserId().IsMatch(user) ? null : Bad("Say who you are: \"user\" is a user id of letters, digits, '.', '_' or '-' (see GET /api/sandbox/users).");

    private static IResult Bad(string error) => Results.Json(new ConsoleError(error), ConsoleJson.Options, statusCode: StatusCodes.Status400BadRequest);

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserId();

    /// <summary>The slash command's own name, as Slack users type it: <c>/cutover plan …</c>.</summary>
    [GeneratedRegex(@"^/cutover(\s+(?<rest>.*))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CommandText();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox console {What} failed with {Error}")]
    private static partial void LogFailed(ILogger logger, string what, string error);
}
