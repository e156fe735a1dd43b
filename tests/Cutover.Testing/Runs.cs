using Cutover.Core.Approvals;

namespace Cutover.Testing;

/// <summary>Runs and approval policies built by hand: <c>Runs.Planned("demo-app").CutoverAt(t).On(now).Build()</c>.</summary>
public static class Runs
{
    /// <summary>When a run is planned unless <see cref="RunBuilder.On"/> says otherwise.</summary>
    public static readonly DateTimeOffset PlannedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A run of <paramref name="sourceApp"/> to <c>demo-space</c>, requested by <c>U-req</c> in Slack thread <c>C1</c>/<c>1.1</c>,
    /// with no cutover time, planned at <see cref="PlannedAt"/>; each of these can be changed.
    /// </summary>
    public static RunBuilder Planned(string sourceApp = "demo-app") => new(sourceApp);

    /// <summary>A policy whose approver list is <paramref name="approvers"/>, everything else as configured by default.</summary>
    public static ApprovalPolicy Approvers(params ChatUser[] approvers) =>
        new() { Users = ApproverList.Users(Users.Qualified(approvers)).Value! };
}
