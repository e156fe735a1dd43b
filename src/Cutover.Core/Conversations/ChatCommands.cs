using Cutover.Core.Conversations.Handlers;

namespace Cutover.Core.Conversations;

/// <summary>
/// The conversation, channel-neutral: Slack, Teams and the sandbox console hand it what a user typed or clicked. It
/// refuses what no command may do (a request from another workspace or tenant, text that does not parse) and routes
/// each parsed command to its one <see cref="ICommandHandler"/>, keyed by the command's type. Anything the whole
/// channel should see goes into the run's thread through <see cref="RunAnnouncer"/>; what only the user should see
/// (help, status, a refused click) is returned as the reply.
/// </summary>
public sealed class ChatCommands
{
    private readonly Dictionary<Type, ICommandHandler> _handlers;
    private readonly DecideHandler _decisions;
    private readonly RunAccess _runs;
    private readonly ChatHomes _homes;
    private readonly TimeProvider _clock;
    private readonly ManualActionHandler? _manual;

    /// <param name="handlers">One handler per command type; two for one type is a wiring error.</param>
    /// <param name="decisions">Decides for the Approve and Reject buttons, as for the typed commands.</param>
    /// <param name="runs">Audits a click refused because it came from another workspace or tenant.</param>
    /// <param name="homes">The workspace and tenant requests are taken from.</param>
    /// <param name="clock">The parser's "now", for cutover times in the past.</param>
    /// <param name="manual">Confirms manual actions for their Done buttons.</param>
    public ChatCommands(IEnumerable<ICommandHandler> handlers, DecideHandler decisions, RunAccess runs, ChatHomes homes, TimeProvider clock,
        ManualActionHandler? manual = null)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = [];
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Handles, handler))
                throw new InvalidOperationException(
                    $"{handler.Handles.Name} has two handlers, {_handlers[handler.Handles].GetType().Name} and {handler.GetType().Name}; register one.");
        }

        _decisions = decisions;
        _runs = runs;
        _homes = homes;
        _clock = clock;
        _manual = manual;
    }

    /// <summary>The command types that have a handler.</summary>
    public IReadOnlyCollection<Type> Handled => _handlers.Keys;

    /// <summary>Handles a typed command; returns the private reply, or null when everything was posted in the thread.</summary>
    public async Task<ChatMessage?> CommandAsync(ChatRequest request, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_homes.Refusal(request.Conversation) is { } foreign)
            return RunMessages.Refused(foreign);
        var parsed = CommandParser.Parse(text, _clock.GetUtcNow());
        if (parsed.IsRefused)
            return RunMessages.Refused(parsed.Refusal.Reason);
        return _handlers.TryGetValue(parsed.Value.GetType(), out var handler)
            ? await handler.HandleAsync(request, parsed.Value, cancellationToken).ConfigureAwait(false)
            : RunMessages.Help();
    }

    /// <summary>
    /// Handles an Approve or Reject button for the step version the user saw. A rejection carries the reason the user
    /// gave (Slack's modal, the card's input). A payload naming a manual action is its Done button. Returns the private
    /// reply for a refusal, else null.
    /// </summary>
    public async Task<ChatMessage?> ClickAsync(ChatRequest request, StepActionPayload payload, Verdict verdict, string? reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(payload);
        var foreign = _homes.Refusal(request.Conversation);
        if (foreign is null && payload.ManualAction is not null)
        {
            return _manual is null
                ? RunMessages.Refused("Manual actions cannot be confirmed here.")
                : await _manual.ConfirmAsync(request, payload, cancellationToken).ConfigureAwait(false);
        }

        if (foreign is null)
            return await _decisions.DecideAsync(request, payload.RunId, payload.StepId, payload.StepVersion, verdict, reason, cancellationToken).ConfigureAwait(false);
        await _runs.AuditAsync(payload.RunId, request.User, $"{(verdict == Verdict.Approve ? "approve" : "reject")} {payload.StepId}", foreign, cancellationToken)
            .ConfigureAwait(false);
        return RunMessages.Refused(foreign);
    }
}
