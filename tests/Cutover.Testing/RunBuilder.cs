using Cutover.Core.Approvals;
using Cutover.Core.Runbook;

namespace Cutover.Testing;

/// <summary>A run being described for <see cref="Run.Plan"/>; start from <see cref="Runs.Planned"/>.</summary>
public sealed class RunBuilder
{
    private readonly string _sourceApp;
    private string _targetSpace = "demo-space";
    private string? _targetApp;
    private DateTimeOffset? _cutoverAt;
    private string _requestedBy = Users.Requester.Id;
    private ConversationReference? _conversation;
    private DateTimeOffset _plannedAt = Runs.PlannedAt;

    internal RunBuilder(string sourceApp) => _sourceApp = sourceApp;

    /// <summary>Into <paramref name="space"/>, and to <paramref name="targetApp"/> there when given (else the naming rule's).</summary>
    public RunBuilder To(string space, string? targetApp = null)
    {
        _targetSpace = space;
        _targetApp = targetApp;
        return this;
    }

    /// <summary>Cut over at <paramref name="at"/>.</summary>
    public RunBuilder CutoverAt(DateTimeOffset? at)
    {
        _cutoverAt = at;
        return this;
    }

    /// <summary>Requested by <paramref name="user"/>, stored qualified.</summary>
    public RunBuilder By(ChatUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return By(user.Qualified);
    }

    /// <summary>Requested by the id <paramref name="requestedBy"/> as written (runs stored before ids were qualified have bare ones).</summary>
    public RunBuilder By(string requestedBy)
    {
        _requestedBy = requestedBy;
        return this;
    }

    /// <summary>Planned in <paramref name="conversation"/>.</summary>
    public RunBuilder In(ConversationReference conversation)
    {
        _conversation = conversation;
        return this;
    }

    /// <summary>Planned at <paramref name="now"/>.</summary>
    public RunBuilder On(DateTimeOffset now)
    {
        _plannedAt = now;
        return this;
    }

    /// <summary>A new run, as <see cref="Run.Plan"/> makes it, each time it is called.</summary>
    public Run Build() => Run.Plan(_sourceApp, _targetSpace, _cutoverAt, _requestedBy,
        _conversation ?? new ConversationReference(ChatChannel.Slack, "C1", "1.1"), _plannedAt, _targetApp);
}
