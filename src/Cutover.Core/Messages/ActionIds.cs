namespace Cutover.Core.Messages;

/// <summary>Action ids carried by buttons; the router maps each to one handler.</summary>
public static class ActionIds
{
    public const string ApproveStep = "runbook.approve-step";
    public const string RejectStep = "runbook.reject-step";

    /// <summary>A person confirms that a manual action of a step is done (its payload names the action).</summary>
    public const string ConfirmManualAction = "runbook.confirm-manual-action";
}
