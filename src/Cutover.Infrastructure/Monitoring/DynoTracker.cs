namespace Cutover.Infrastructure.Monitoring;

/// <summary>What the summariser remembers about one dyno: its state changes and whether it reported metrics.</summary>
internal sealed class DynoTracker(string name, TypeTracker type)
{
    public string Name { get; } = name;

    public TypeTracker Type { get; } = type;

    public bool ReportedMetrics { get; set; }

    public string? State { get; set; }

    public int Changes { get; set; }

    public int Crashes { get; set; }

    public long ChangedTicks { get; set; } = -1;
}
