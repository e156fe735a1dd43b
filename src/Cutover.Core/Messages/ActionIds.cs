namespace Cutover.Core.Messages;

/// <summary>Action ids carried by buttons; the router maps each to one handler.</summary>
public static class ActionIds
{
    public const string ApproveStep = "runbook.approve-step";
    public const string RejectStep = "runbook.reject-step";
}
