namespace Cutover.Core.Monitoring;

/// <summary>
/// Percentiles of the router's <c>service</c> time (ms the dyno took to answer), from a histogram with three
/// significant digits: values below 2,048 ms are exact, larger ones within 0.1 %.
/// </summary>
/// <param name="Samples">Requests that carried a service time.</param>
/// <param name="P50Ms">Median, ms.</param>
/// <param name="P95Ms">95th percentile, ms.</param>
/// <param name="P99Ms">99th percentile, ms.</param>
/// <param name="MaxMs">Slowest, ms.</param>
public sealed record ServiceTimes(long Samples, long P50Ms, long P95Ms, long P99Ms, long MaxMs);
