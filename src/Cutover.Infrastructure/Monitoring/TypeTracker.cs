namespace Cutover.Infrastructure.Monitoring;

/// <summary>Running totals of one process type's runtime metrics.</summary>
internal sealed class TypeTracker(string name)
{
    public string Name { get; } = name;

    public int Dynos { get; set; }

    public long MemorySamples { get; set; }

    public double MemorySumMb { get; set; }

    public double MemoryMaxMb { get; set; }

    public double QuotaMb { get; set; }

    public long LoadSamples { get; set; }

    public double LoadSum { get; set; }

    public double LoadMax { get; set; }
}
