namespace Cutover.Core.Planning;

/// <summary>What the cutover-window estimate is computed from, measured when step 8 is put up for approval.</summary>
/// <param name="Domains">Custom domains to move.</param>
/// <param name="FollowerLagCommits">The Postgres follower's lag now; null without a follower or when unknown.</param>
/// <param name="HasFollower">Whether a follower is to be promoted.</param>
/// <param name="RedisForks">Redis add-ons forked in the window.</param>
/// <param name="KafkaClusters">Kafka clusters moved by a guided manual step.</param>
/// <param name="ApiLatency">Median Heroku API latency measured on this run's recent calls (or the process's, see <paramref name="LatencyOfRun"/>).</param>
/// <param name="LatencySamples">How many calls the median is taken over (0: none measured yet).</param>
/// <param name="LatencyOfRun">Whether the calls were this run's; false when the run had made none and the process's were used.</param>
public sealed record CutoverWindowInputs(
    int Domains,
    long? FollowerLagCommits,
    bool HasFollower,
    int RedisForks,
    int KafkaClusters,
    TimeSpan ApiLatency,
    int LatencySamples,
    bool LatencyOfRun = true);

/// <summary>
/// Estimates how long writes are stopped (steps 8–12): Cutover's API calls at the measured latency, plus the platform
/// operations that must happen inside the window, each with a stated low–high range. The ranges for Heroku's own
/// operations are assumptions, not measurements, and the message says so.
/// </summary>
public static class CutoverWindowEstimate
{
    /// <summary>Platform time to unfollow and promote a follower once its lag is zero.</summary>
    public static readonly (TimeSpan Low, TimeSpan High) Promote = (TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2));

    /// <summary>Platform time to fork one Redis into the space.</summary>
    public static readonly (TimeSpan Low, TimeSpan High) RedisFork = (TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10));

    /// <summary>Dynos booting on the target before go-live's smoke check passes.</summary>
    public static readonly (TimeSpan Low, TimeSpan High) Boot = (TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(90));

    /// <summary>Forks the data cutover makes at once (its concurrent calls).</summary>
    public const int ForksAtOnce = 4;

    /// <summary>Time to drain one commit of follower lag (a follower replays far faster than writes arrive).</summary>
    public static readonly (TimeSpan Low, TimeSpan High) PerLagCommit = (TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(10));

    /// <summary>The estimate: a range and one line per part, for the approval request of step 8.</summary>
    public static (TimeSpan Low, TimeSpan High, IReadOnlyList<string> Parts) Estimate(CutoverWindowInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var latency = inputs.LatencySamples > 0 ? inputs.ApiLatency : TimeSpan.FromMilliseconds(300);
        // Calls made inside the window: maintenance + writers (4), data cutover (3 + 2 per follower, 2 per fork),
        // per domain a delete and an add (+ a list per app and ACM), go-live (app, release, dynos: 4 + polls).
        var calls = 4 + 3 + (inputs.HasFollower ? 4 : 0) + 2 * inputs.RedisForks + 2 * inputs.Domains + 3 + 6;
        var parts = new List<string>
        {
            $"{calls.ToString(CultureInfo.InvariantCulture)} API calls × {Ms(latency)} "
            + (inputs.LatencySamples == 0 ? "(nothing measured yet; assumed)"
                : $"(median of this {(inputs.LatencyOfRun ? "run's" : "process's")} last {inputs.LatencySamples.ToString(CultureInfo.InvariantCulture)} calls)"),
        };
        var low = latency * calls;
        var high = latency * calls * 2;
        // The follower's promotion and the forks go side by side (forks four at a time): the longer of them counts.
        var (followerLow, followerHigh) = (TimeSpan.Zero, TimeSpan.Zero);
        if (inputs.HasFollower)
        {
            var lag = inputs.FollowerLagCommits ?? 0;
            (followerLow, followerHigh) = (PerLagCommit.Low * lag + Promote.Low, PerLagCommit.High * lag + Promote.High);
            parts.Add(inputs.FollowerLagCommits is { } commits
                ? $"follower lag {commits.ToString(CultureInfo.InvariantCulture)} commit(s) to drain, then unfollow + promote ({Range(Promote)}, assumed)"
                : $"follower lag unknown; unfollow + promote ({Range(Promote)}, assumed) after it drains");
        }

        var (forksLow, forksHigh) = (TimeSpan.Zero, TimeSpan.Zero);
        if (inputs.RedisForks > 0)
        {
            var rounds = (inputs.RedisForks + ForksAtOnce - 1) / ForksAtOnce;
            (forksLow, forksHigh) = (RedisFork.Low * rounds, RedisFork.High * rounds);
            parts.Add($"{inputs.RedisForks.ToString(CultureInfo.InvariantCulture)} Redis fork(s) ({Range(RedisFork)} each, assumed; "
                      + (inputs.HasFollower ? "beside the follower's promotion)" : "side by side)"));
        }

        low += followerLow > forksLow ? followerLow : forksLow;
        high += followerHigh > forksHigh ? followerHigh : forksHigh;

        if (inputs.KafkaClusters > 0)
            parts.Add($"{inputs.KafkaClusters.ToString(CultureInfo.InvariantCulture)} Kafka cluster(s) moved by hand: add your own time");
        parts.Add($"{inputs.Domains.ToString(CultureInfo.InvariantCulture)} domain(s) moved; DNS caches follow within the lowered TTL");
        low += Boot.Low;
        high += Boot.High;
        parts.Add($"target dynos up for go-live ({Range(Boot)}, assumed)");
        return (low, high, parts);
    }

    /// <summary>"about 2–6 min" style text.</summary>
    public static string Describe(TimeSpan low, TimeSpan high) => $"about {Span(low)}–{Span(high)}";

    private static string Range((TimeSpan Low, TimeSpan High) range) => $"{Span(range.Low)}–{Span(range.High)}";

    private static string Span(TimeSpan span) => span < TimeSpan.FromMinutes(2)
        ? $"{Math.Ceiling(span.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s"
        : $"{Math.Ceiling(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";

    private static string Ms(TimeSpan span) => $"{Math.Round(span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture)} ms";
}
