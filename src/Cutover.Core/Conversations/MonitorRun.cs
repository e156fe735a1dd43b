using System.Text.Json;
using Cutover.Core.Monitoring;

namespace Cutover.Core.Conversations;

/// <summary>
/// Post-cutover monitoring: the source app's traffic is summarised before maintenance begins (the baseline), then after
/// go-live every interval the new app's, compared with the baseline, posted to the thread — alerts highlighted with
/// the approvers mentioned. The last report closes the window and points at the remaining steps. Each report is posted
/// once per (run, slot) and covers its own interval: the lines stamped after the last line the previous report read
/// (Heroku's clock on both sides, so no clock skew between Cutover and Heroku moves a line into the wrong report).
/// With <see cref="IHealthCharts"/>, each report carries a chart of the window so far against the baseline, and with
/// <see cref="IChartLinks"/> the chart's signed address too, for platforms that show a picture by URL (Teams). The final
/// report states the window's verdict.
/// </summary>
public sealed class MonitorRun(IRunStore store, IRunFacts facts, ITrafficSampler sampler, IRunPosts posts, IChatNotifier chat, ApprovalPolicy policy,
    HealthRules rules, TimeProvider clock, IHealthCharts? charts = null, IChartLinks? links = null)
{
    /// <summary>The name of the final report's chart, the whole window (<see cref="ChartAsync"/>); other reports' are their slot.</summary>
    public const string FinalChart = "final";

    public const string BaselineFact = "monitor.baseline";
    public const string ClosedFact = "monitor.closed";
    public const string ReportsFact = "monitor.reports";

    /// <summary>Each report's figures by slot (JSON), for the charts.</summary>
    public const string PointsFact = "monitor.points";

    /// <summary>The timestamp of the last log line the latest posted report read (ISO 8601, Heroku's clock).</summary>
    public const string LastLineFact = "monitor.last-line";

    /// <summary>Summarises the source app's traffic as the baseline, once; a later call keeps the first.</summary>
    public async Task CaptureBaselineAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (await facts.GetAsync(run.Id, BaselineFact, cancellationToken).ConfigureAwait(false) is not null)
            return;
        var baseline = await sampler.SampleAsync(run.SourceApp, new LogWindow(), cancellationToken).ConfigureAwait(false);
        await facts.SetAsync(run.Id, BaselineFact, JsonSerializer.Serialize(baseline), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Posts report <paramref name="slot"/> of <paramref name="slots"/>; the last one closes the monitoring window.</summary>
    public async Task<bool> ReportAsync(long runId, int slot, int slots, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is not { IsActive: true, Conversation.ThreadId: not null })
            return false;
        var final = slot >= slots;
        DateTimeOffset? lastLine = null;
        var posted = await posts.PostOnceAsync(chat, run, FormattableString.Invariant($"monitor:{slot}"), clock.GetUtcNow(), async () =>
        {
            var (message, last) = await ReportMessageAsync(run, slot, slots, final, cancellationToken).ConfigureAwait(false);
            lastLine = last;
            return message;
        }, cancellationToken).ConfigureAwait(false);
        // Only once the report is out does the next one start after its lines; a report whose post is retried reads them again.
        if (posted && lastLine is { } read)
            await facts.SetAsync(run.Id, LastLineFact, read.ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        if (posted && final)
            await facts.SetAsync(run.Id, ClosedFact, $"{slots.ToString(CultureInfo.InvariantCulture)} reports", cancellationToken).ConfigureAwait(false);
        return posted;
    }

    private async Task<(ChatMessage Message, DateTimeOffset? LastLine)> ReportMessageAsync(Run run, int slot, int slots, bool final,
        CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var since = await facts.GetAsync(run.Id, LastLineFact, cancellationToken).ConfigureAwait(false) is { } stamp
            ? DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)
            : (DateTimeOffset?)null;
        var current = await sampler.SampleAsync(target, new LogWindow { Since = since }, cancellationToken).ConfigureAwait(false);
        var baselineJson = await facts.GetAsync(run.Id, BaselineFact, cancellationToken).ConfigureAwait(false);
        var baseline = baselineJson is null ? null : JsonSerializer.Deserialize<TrafficSummary>(baselineJson);
        var report = HealthComparison.Compare(current, baseline, rules);
        var history = await facts.GetAsync(run.Id, ReportsFact, cancellationToken).ConfigureAwait(false);
        var rates = (history ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => double.Parse(r, CultureInfo.InvariantCulture)).Append(current.ServerErrorRate).ToList();
        await facts.SetAsync(run.Id, ReportsFact, string.Join(",", rates.Select(r => r.ToString("0.#####", CultureInfo.InvariantCulture))), cancellationToken)
            .ConfigureAwait(false);
        var points = await PointsAsync(run.Id, cancellationToken).ConfigureAwait(false);
        points[slot] = HealthPoint.Of(slot, report.Current, report.HasAlerts);
        await facts.SetAsync(run.Id, PointsFact, JsonSerializer.Serialize(points), cancellationToken).ConfigureAwait(false);
        var data = ChartData(run, points.Values, report.Baseline, final);
        var message = Report(run, target, report, rates, slot, slots, final ? data : null);
        if (charts is not null)
            message = WithChart(run.Id, message, data, final ? FinalChart : slot.ToString(CultureInfo.InvariantCulture));
        return (message, current.WindowEnd ?? since);
    }

    /// <summary>
    /// Draws again the chart report <paramref name="name"/> of run <paramref name="runId"/> carried (a slot, or
    /// <see cref="FinalChart"/>): the reports up to it, against the same baseline. Null when there is no such chart.
    /// </summary>
    public async Task<ChatImage?> ChartAsync(long runId, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var final = name == FinalChart;
        int? slot = final ? null : int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
        if (charts is null || (!final && slot is null) || await store.GetAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
            return null;
        var points = await PointsAsync(runId, cancellationToken).ConfigureAwait(false);
        var shown = points.Values.Where(p => final || p.Slot <= slot).ToList();
        if (shown.Count == 0)
            return null;
        var baselineJson = await facts.GetAsync(runId, BaselineFact, cancellationToken).ConfigureAwait(false);
        var baseline = baselineJson is null ? null : JsonSerializer.Deserialize<TrafficSummary>(baselineJson);
        return charts.Render(ChartData(run, shown, baseline, final));
    }

    private async Task<SortedDictionary<int, HealthPoint>> PointsAsync(long runId, CancellationToken cancellationToken) =>
        await facts.GetAsync(runId, PointsFact, cancellationToken).ConfigureAwait(false) is { } json
            ? JsonSerializer.Deserialize<SortedDictionary<int, HealthPoint>>(json) ?? []
            : [];

    private HealthChartData ChartData(Run run, IEnumerable<HealthPoint> points, TrafficSummary? baseline, bool final) =>
        new(run.TargetApp, [.. points], baseline is null ? null : HealthPoint.Of(0, baseline, false), rules.ServerErrorRateLimit(baseline), final);

    /// <summary>The report with the chart of every report so far, and its signed address when there is one; a chart that cannot be drawn is said.</summary>
    private ChatMessage WithChart(long runId, ChatMessage message, HealthChartData data, string name)
    {
        try
        {
            return message with { Image = charts!.Render(data) with { Link = links?.Offer(runId, name) } };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return message with { Fields = [.. message.Fields, new MessageField("Chart", $"could not be drawn ({exception.GetType().Name}); {data.Describe()}")] };
        }
    }

    /// <summary>The report's message; <paramref name="window"/> is the whole window's figures for the final report (its verdict), null for the others.</summary>
    private ChatMessage Report(Run run, string target, HealthReport report, IReadOnlyList<double> rates, int slot, int slots, HealthChartData? window)
    {
        var final = window is not null;
        var title = final
            ? $"Final health report for {target}: monitoring window closed ({slots.ToString(CultureInfo.InvariantCulture)} reports)"
            : $"Health report {slot.ToString(CultureInfo.InvariantCulture)}/{slots.ToString(CultureInfo.InvariantCulture)} for {target}";
        var fields = new List<MessageField>
        {
            new("Traffic", TrafficSummaryText.Render(report.Current)),
            new("5xx rate so far", Sparkline.Render(rates) + $" (latest {HealthComparison.Percent(report.Current.ServerErrorRate)})"),
        };
        if (window is not null)
            fields.Insert(0, new MessageField("Verdict", window.Verdict()));
        var text = HealthReportText.Render(report);
        if (final)
            text += $"\nNext: `approve {run.Id} monitor` to close step 13, then restore the TTLs (step 14) and decommission {run.SourceApp} (step 15).";
        // The final report warns when any report of the window alerted, not only its own.
        var status = report.HasAlerts || window?.Alerted == true ? MessageStatus.Warning : MessageStatus.Success;
        return new ChatMessage(title, status, fields, [], text)
        {
            Mentions = report.HasAlerts ? policy.MentionsOn(run.Conversation.Channel) : [],
        };
    }
}
