namespace Cutover.Core.Ports;

/// <summary>
/// What approvers of one step should know before they click: the plan's warnings they acknowledge with the first
/// approval, the cutover-window estimate before maintenance goes on, what a rollback will do. Read when the
/// approval request is posted.
/// </summary>
public interface IStepBriefing
{
    /// <summary>The runbook step id it briefs, e.g. <c>maintenance-on</c>.</summary>
    string StepId { get; }

    /// <summary>Fields added to the approval request; never secrets.</summary>
    Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken);
}
