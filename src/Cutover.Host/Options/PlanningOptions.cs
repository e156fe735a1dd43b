namespace Cutover.Host.Options;

/// <summary>Section <c>Planning</c>: how preflight names the target app and what it accepts.</summary>
public sealed class PlanningOptions
{
    public const string Section = "Planning";

    /// <summary>Appended to the source app's name to name the target app (<c>demo-app</c> → <c>demo-app-ps</c>).</summary>
    public string TargetAppSuffix { get; set; } = "-ps";

    /// <summary>Whether an Essential-tier Postgres (which cannot be followed) may be copied with downtime instead of blocking.</summary>
    public bool AllowPostgresCopyWithDowntime { get; set; }
}
