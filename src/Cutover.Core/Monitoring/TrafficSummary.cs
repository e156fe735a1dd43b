namespace Cutover.Core.Monitoring;

/// <summary>
/// What a window of an app's Heroku logs says about its health: router traffic, error codes, dyno states and
/// runtime metrics. Produced by the streaming summariser; compared with a baseline by <see cref="HealthComparison"/>.
/// </summary>
/// <param name="WindowStart">Timestamp of the earliest line read; null when no line had one.</param>
/// <param name="WindowEnd">Timestamp of the latest line read.</param>
/// <param name="Lines">Every line read, whatever it was.</param>
/// <param name="Requests">Router lines (each is one response to a client).</param>
/// <param name="Statuses">Router responses by status class.</param>
/// <param name="ServiceTime">Service-time percentiles; null when no router line carried one.</param>
/// <param name="ErrorCodes">H, R and L codes seen, most frequent first.</param>
/// <param name="Dynos">Dynos whose state changed in the window, by name.</param>
/// <param name="DynoTypes">Runtime metrics per process type, by type.</param>
public sealed record TrafficSummary(
    DateTimeOffset? WindowStart,
    DateTimeOffset? WindowEnd,
    long Lines,
    long Requests,
    StatusClassCounts Statuses,
    ServiceTimes? ServiceTime,
    IReadOnlyList<ErrorCodeCount> ErrorCodes,
    IReadOnlyList<DynoStateSummary> Dynos,
    IReadOnlyList<DynoTypeMetrics> DynoTypes)
{
    /// <summary>A summary of no lines.</summary>
    public static TrafficSummary Empty { get; } = new(null, null, 0, 0, StatusClassCounts.None, null, [], [], []);

    /// <summary>5xx responses as a fraction of all requests (0 with no requests).</summary>
    public double ServerErrorRate => Requests == 0 ? 0 : (double)Statuses.ServerError / Requests;

    /// <summary>The time the lines span; null without timestamps.</summary>
    public TimeSpan? Window => WindowStart is { } start && WindowEnd is { } end ? end - start : null;

    /// <summary>How often <paramref name="code"/> appeared.</summary>
    public long CountOf(string code) => ErrorCodes.FirstOrDefault(e => e.Code == code)?.Count ?? 0;
}
