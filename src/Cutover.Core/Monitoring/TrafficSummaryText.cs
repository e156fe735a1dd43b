using System.Text;

namespace Cutover.Core.Monitoring;

/// <summary>Renders a <see cref="TrafficSummary"/> as plain text lines (the body of a health report).</summary>
public static class TrafficSummaryText
{
    /// <summary>Window, requests, service time, error codes, dyno states, memory and load; "\n"-separated.</summary>
    public static string Render(TrafficSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.Append("Window: ").Append(Window(summary)).Append(" · ").Append(N(summary.Lines)).Append(" lines\n");
        var s = summary.Statuses;
        text.Append(Inv($"Requests: {N(summary.Requests)} · 2xx {N(s.Success)} · 3xx {N(s.Redirection)} · 4xx {N(s.ClientError)} · 5xx {N(s.ServerError)} ({HealthComparison.Percent(summary.ServerErrorRate)})"));
        if (s.Informational > 0)
            text.Append(Inv($" · 1xx {N(s.Informational)}"));
        text.Append('\n');
        text.Append("Service time: ").Append(summary.ServiceTime is { } t
            ? Inv($"p50 {Ms(t.P50Ms)} · p95 {Ms(t.P95Ms)} · p99 {Ms(t.P99Ms)} · max {Ms(t.MaxMs)}")
            : "no requests").Append('\n');

        if (summary.ErrorCodes.Count == 0)
            text.Append("Error codes: none\n");
        else
        {
            text.Append("Error codes:\n");
            foreach (var error in summary.ErrorCodes)
                text.Append(Inv($"  {error.Code} ×{N(error.Count)} {error.Meaning}\n"));
        }

        if (summary.Dynos.Count == 0)
            text.Append("Dynos: no state changes\n");
        else
        {
            text.Append("Dynos:\n");
            foreach (var dyno in summary.Dynos)
            {
                text.Append(Inv($"  {dyno.Dyno} {dyno.State} ({Count(dyno.Changes, "change")}"));
                if (dyno.Crashes > 0)
                    text.Append(Inv($", {Count(dyno.Crashes, "crash")}"));
                if (dyno.ChangedAt is { } at)
                    text.Append(Inv($", last {at.UtcDateTime:HH:mm:ss}Z"));
                text.Append(")\n");
            }
        }

        var memory = summary.DynoTypes.Where(d => d.MemorySamples > 0).ToList();
        if (memory.Count == 0)
            text.Append("Memory: no runtime metrics (is log-runtime-metrics enabled?)\n");
        else
        {
            text.Append("Memory:\n");
            foreach (var type in memory)
            {
                text.Append(Inv($"  {type.Type}: max {type.MemoryMaxMb:0.0} MB"));
                if (type.MemoryMaxQuotaPercent is { } percent)
                    text.Append(Inv($" ({percent:0.0}% of {type.MemoryQuotaMb:0} MB)"));
                text.Append(Inv($" · avg {type.MemoryAvgMb:0.0} MB · {Count(type.MemorySamples, "sample")} from {Count(type.Dynos, "dyno")}\n"));
            }
        }

        var load = summary.DynoTypes.Where(d => d.LoadSamples > 0).ToList();
        if (load.Count > 0)
        {
            text.Append("Load (1 min):\n");
            foreach (var type in load)
                text.Append(Inv($"  {type.Type}: max {type.LoadMax1m:0.00} · avg {type.LoadAvg1m:0.00}\n"));
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary><c>2026-03-05 18:00:00Z → 18:14:59Z (14 min 59 s)</c>, or "no timestamps".</summary>
    public static string Window(TrafficSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.WindowStart is not { } start || summary.WindowEnd is not { } end)
            return "no timestamps";
        var from = start.UtcDateTime;
        var to = end.UtcDateTime;
        var endText = from.Date == to.Date ? Inv($"{to:HH:mm:ss}Z") : Inv($"{to:yyyy-MM-dd HH:mm:ss}Z");
        return Inv($"{from:yyyy-MM-dd HH:mm:ss}Z → {endText} ({Duration(end - start)})");
    }

    /// <summary><c>45 s</c>, <c>14 min 59 s</c>, <c>2 h 5 min</c>.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.FromMinutes(1))
            return Inv($"{(int)span.TotalSeconds} s");
        if (span < TimeSpan.FromHours(1))
            return span.Seconds == 0 ? Inv($"{span.Minutes} min") : Inv($"{span.Minutes} min {span.Seconds} s");
        return span.Minutes == 0 ? Inv($"{(int)span.TotalHours} h") : Inv($"{(int)span.TotalHours} h {span.Minutes} min");
    }

    internal static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Ms(long value) => N(value) + " ms";

    private static string Count(long value, string noun) => Inv($"{N(value)} {noun}{(value == 1 ? string.Empty : noun.EndsWith('h') ? "es" : "s")}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
