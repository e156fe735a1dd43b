namespace Cutover.Core.Planning;

/// <summary>Section <c>Planning</c>: choices the operator makes for every plan.</summary>
public sealed record PlannerOptions
{
    public const string Section = "Planning";

    /// <summary>Appended to the source app's name to name the target app (the source keeps its name until decommissioned).</summary>
    public string TargetAppSuffix { get; set; } = "-ps";

    /// <summary>The name of the app created in the space for <paramref name="sourceApp"/>: the one place the naming rule lives.</summary>
    public string TargetAppFor(string sourceApp) => sourceApp + TargetAppSuffix;

    /// <summary>
    /// Whether Postgres on an Essential-tier plan, which cannot be followed, may be copied with the app in
    /// maintenance (downtime that grows with the database). Off by default: such a plan is blocked.
    /// </summary>
    public bool AllowPostgresCopyWithDowntime { get; set; }
}
