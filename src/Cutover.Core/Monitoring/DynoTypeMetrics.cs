namespace Cutover.Core.Monitoring;

/// <summary>Runtime metrics (<c>log-runtime-metrics</c>) of one process type's dynos over the window.</summary>
/// <param name="Type">The process type, e.g. <c>web</c>.</param>
/// <param name="Dynos">Distinct dynos that reported.</param>
/// <param name="MemorySamples">Memory samples read.</param>
/// <param name="MemoryMaxMb">Highest <c>memory_total</c> of any dyno.</param>
/// <param name="MemoryAvgMb">Mean <c>memory_total</c> over the samples.</param>
/// <param name="MemoryQuotaMb">The dynos' <c>memory_quota</c>, when reported.</param>
/// <param name="LoadSamples">Load samples read.</param>
/// <param name="LoadMax1m">Highest <c>load_avg_1m</c>.</param>
/// <param name="LoadAvg1m">Mean <c>load_avg_1m</c> over the samples.</param>
public sealed record DynoTypeMetrics(
    string Type,
    int Dynos,
    long MemorySamples,
    double MemoryMaxMb,
    double MemoryAvgMb,
    double? MemoryQuotaMb,
    long LoadSamples,
    double LoadMax1m,
    double LoadAvg1m)
{
    /// <summary>Highest memory as a percentage of the quota, when the quota is known.</summary>
    public double? MemoryMaxQuotaPercent => MemoryQuotaMb is > 0 ? MemoryMaxMb / MemoryQuotaMb * 100 : null;
}
