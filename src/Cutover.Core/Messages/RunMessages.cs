using System.Globalization;
using Cutover.Core.Approvals;
using Cutover.Core.Runbook;

namespace Cutover.Core.Messages;

/// <summary>The messages Cutover posts about runs, built once here for every channel.</summary>
public static class RunMessages
{
    /// <summary>The approval request for the current version of a step, with Approve / Reject buttons.</summary>
    public static ChatMessage ApprovalRequest(Run run, Step step, ApprovalPolicy policy)
    {
        var definition = step.Definition;
        var payload = new StepActionPayload(run.Id, step.StepId, step.Version);
        var need = policy.RequiredApprovals(definition, step.Intent);
        var verb = step.Intent == StepIntent.Skip ? "Skip" : "Run";
        var confirm = definition.Destructive && step.Intent == StepIntent.Execute
            ? new ConfirmPrompt($"{definition.Title}?",
                $"This step is destructive{(definition.PointOfNoReturn ? " and a point of no return" : string.Empty)}. It needs {need} distinct approvers.",
                "Approve", "Cancel")
            : null;
        return new ChatMessage(
            $"{verb} step {definition.Number}: {definition.Title}?",
            MessageStatus.Pending,
            [
                new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"),
                new("Version", step.Version.ToString(CultureInfo.InvariantCulture)),
                new("Approvals needed", need.ToString(CultureInfo.InvariantCulture)),
                new("Expires", $"{policy.Expiry.TotalHours:0.#} h after approval"),
            ],
            [
                new(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, payload, confirm),
                new(ActionIds.RejectStep, "Reject", ActionStyle.Danger, payload),
            ]);
    }

    /// <summary>The approval request once decided: who decided, when, and where the step stands.</summary>
    public static ChatMessage Decided(Run run, Step step)
    {
        var decisions = step.CurrentDecisions
            .Select(d => $"{(d.Verdict == Verdict.Approve ? "approved" : "rejected")} by {d.UserId} at {Utc(d.At)}"
                         + (d.Reason is null ? string.Empty : $": {d.Reason}"))
            .ToList();
        return new ChatMessage(
            $"Step {step.Number}: {step.Definition.Title} — {Describe(step.State)}",
            step.State switch
            {
                StepState.Rejected or StepState.Failed => MessageStatus.Failure,
                StepState.AwaitingApproval => MessageStatus.Pending,
                _ => MessageStatus.Success,
            },
            [
                new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"),
                new("Version", step.Version.ToString(CultureInfo.InvariantCulture)),
                new("Decisions", decisions.Count == 0 ? "none yet" : string.Join("\n", decisions)),
            ],
            []);
    }

    private static string Describe(StepState state) => state switch
    {
        StepState.AwaitingApproval => "awaiting approval",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static string Utc(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
