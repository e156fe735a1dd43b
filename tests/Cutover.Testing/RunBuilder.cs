using Cutover.Core.Approvals;
using Cutover.Core.Runbook;

namespace Cutover.Testing;

/// <summary>
/// A run being described for <see cref="Run.Plan"/>; start from <see cref="Runs.Planned"/>. Each call returns a new
/// description, so one can be the start of several.
/// </summary>
public sealed record RunBuilder
{
    internal RunBuilder(string sourceApp) => SourceApp = sourceApp;

    private string SourceApp { get; }

    private string TargetSpace { get; init; } = "demo-space";

    private string? TargetApp { get; init; }

    private DateTimeOffset? Cutover { get; init; }

    private string RequestedBy { get; init; } = Users.Requester.Id;

    private ConversationReference? Conversation { get; init; }

    private DateTimeOffset PlannedAt { get; init; } = Runs.PlannedAt;

    /// <summary>Into <paramref name="space"/>, and to <paramref name="targetApp"/> there when given (else the naming rule's).</summary>
    public RunBuilder To(string space, string? targetApp = null) => this with { TargetSpace = space, TargetApp = targetApp };

    /// <summary>Cut over at <paramref name="at"/>.</summary>
    public RunBuilder CutoverAt(DateTimeOffset? at) => this with { Cutover = at };

    /// <summary>Requested by <paramref name="user"/>, stored qualified.</summary>
    public RunBuilder By(ChatUser user) => By(user?.Qualified ?? throw new ArgumentNullException(nameof(user)));

    /// <summary>Requested by the id <paramref name="requestedBy"/> as written (runs stored before ids were qualified have bare ones).</summary>
    public RunBuilder By(string requestedBy) => this with { RequestedBy = requestedBy };

    /// <summary>Planned in <paramref name="conversation"/> (by default Slack channel C1, thread 1.1).</summary>
    public RunBuilder In(ConversationReference conversation) => this with { Conversation = conversation };

    /// <summary>Planned at <paramref name="now"/>.</summary>
    public RunBuilder On(DateTimeOffset now) => this with { PlannedAt = now };

    /// <summary>A new run, as <see cref="Run.Plan"/> makes it, each time it is called.</summary>
    public Run Build() => Run.Plan(SourceApp, TargetSpace, Cutover, RequestedBy,
        Conversation ?? new ConversationReference(ChatChannel.Slack, "C1", "1.1"), PlannedAt, TargetApp);
}
