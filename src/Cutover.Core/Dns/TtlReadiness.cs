namespace Cutover.Core.Dns;

/// <summary>
/// Decides whether the cutover may proceed: every record's published TTL must be at or below the target
/// (60 s by default, as Heroku's migration guide advises) and the old TTL must have fully elapsed since it
/// was lowered, so no resolver still caches the old answer for long after the switch.
/// </summary>
public static class TtlReadiness
{
    /// <summary>The TTL Heroku's guide asks for before a migration: one minute.</summary>
    public const int DefaultTargetTtlSeconds = 60;

    /// <summary>Judges each record at <paramref name="now"/>; see <see cref="TtlReadinessResult"/>.</summary>
    public static TtlReadinessResult Evaluate(IEnumerable<TtlRecordState> records, DateTimeOffset now, int targetTtlSeconds = DefaultTargetTtlSeconds)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetTtlSeconds);
        var judged = records.Select(r => Judge(r, now, targetTtlSeconds)).ToList();
        var unknown = judged.Any(r => r is { Ready: false, SafeAt: null });
        DateTimeOffset? earliest = unknown ? null : judged.Where(r => r.SafeAt is not null).Select(r => r.SafeAt!.Value).DefaultIfEmpty(now).Max();
        return new TtlReadinessResult(judged.All(r => r.Ready), earliest, judged);
    }

    private static RecordReadiness Judge(TtlRecordState record, DateTimeOffset now, int target)
    {
        if (record.ObservedTtlSeconds is not { } observed)
        {
            return new RecordReadiness(record.Name, false, null,
                $"{record.Name}: its TTL could not be read from the authoritative name servers ({record.Problem ?? "no answer"}); fix the record or the lookup, or waive the check with a reason.");
        }

        var old = Math.Max(record.OriginalTtlSeconds, observed);
        if (observed > target)
        {
            var safe = now.AddSeconds(old);
            return new RecordReadiness(record.Name, false, safe,
                $"{record.Name}: TTL is {observed} s, above the target {target} s. Lower it to {target} s; the cutover is safe {Seconds(old)} after that, at the earliest {Time(safe)}.");
        }

        if (record.OriginalTtlSeconds <= target)
            return new RecordReadiness(record.Name, true, null, $"{record.Name}: TTL is {observed} s and was never above {target} s.");

        if (record.LoweredAt is not { } lowered)
        {
            var safe = now.AddSeconds(record.OriginalTtlSeconds);
            return new RecordReadiness(record.Name, false, safe,
                $"{record.Name}: TTL is {observed} s, but when it was lowered from {record.OriginalTtlSeconds} s is not recorded; counting from now, caches may hold the old answer until {Time(safe)}.");
        }

        var expires = lowered.AddSeconds(record.OriginalTtlSeconds);
        return expires <= now
            ? new RecordReadiness(record.Name, true, expires,
                $"{record.Name}: TTL is {observed} s since {Time(lowered)}; the old {record.OriginalTtlSeconds} s TTL expired from caches at {Time(expires)}.")
            : new RecordReadiness(record.Name, false, expires,
                $"{record.Name}: TTL lowered to {observed} s at {Time(lowered)}; caches may hold the old {record.OriginalTtlSeconds} s answer until {Time(expires)} ({Seconds((int)Math.Ceiling((expires - now).TotalSeconds))} from now).");
    }

    /// <summary><c>2026-03-05 18:00:00 UTC</c>.</summary>
    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary><c>45 s</c>, <c>5 min</c>, <c>1 h 30 min</c>, <c>2 days</c> — the largest whole units.</summary>
    internal static string Seconds(int seconds)
    {
        var span = TimeSpan.FromSeconds(seconds);
        if (seconds < 60)
            return $"{seconds} s";
        if (span.TotalHours < 1)
            return span.Seconds == 0 ? $"{span.Minutes} min" : $"{span.Minutes} min {span.Seconds} s";
        if (span.TotalDays < 1)
            return span.Minutes == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalHours} h {span.Minutes} min";
        return span.Hours == 0 ? $"{span.Days} day{(span.Days == 1 ? string.Empty : "s")}" : $"{span.Days} d {span.Hours} h";
    }
}
