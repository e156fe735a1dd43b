using System.Text.Json;
using Cutover.Core.Monitoring;

namespace Cutover.Core.Conversations;

/// <summary>
/// Post-cutover monitoring: the source app's traffic is summarised before maintenance begins (the baseline), then after
/// go-live every interval the new app's, compared with the baseline, posted to the thread — alerts highlighted with
/// the approvers mentioned. The last report closes the window and points at the remaining steps. Each report is posted
/// once per (run, slot).
/// </summary>
public sealed class MonitorRun(IRunStore store, IRunFacts facts, ITrafficSampler sampler, IRunPosts posts, IChatNotifier chat, ApprovalPolicy policy,
    HealthRules rules, TimeProvider clock)
{
    public const string BaselineFact = "monitor.baseline";
    public const string ClosedFact = "monitor.closed";
    public const string ReportsFact = "monitor.reports";

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
        var posted = await posts.PostOnceAsync(chat, run, FormattableString.Invariant($"monitor:{slot}"), clock.GetUtcNow(),
            () => ReportMessageAsync(run, slot, slots, final, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (posted && final)
            await facts.SetAsync(run.Id, ClosedFact, $"{slots.ToString(CultureInfo.InvariantCulture)} reports", cancellationToken).ConfigureAwait(false);
        return posted;
    }

    private async Task<ChatMessage> ReportMessageAsync(Run run, int slot, int slots, bool final, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var current = await sampler.SampleAsync(target, new LogWindow(), cancellationToken).ConfigureAwait(false);
        var baselineJson = await facts.GetAsync(run.Id, BaselineFact, cancellationToken).ConfigureAwait(false);
        var baseline = baselineJson is null ? null : JsonSerializer.Deserialize<TrafficSummary>(baselineJson);
        var report = HealthComparison.Compare(current, baseline, rules);
        var history = await facts.GetAsync(run.Id, ReportsFact, cancellationToken).ConfigureAwait(false);
        var rates = (history ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => double.Parse(r, CultureInfo.InvariantCulture)).Append(current.ServerErrorRate).ToList();
        await facts.SetAsync(run.Id, ReportsFact, string.Join(",", rates.Select(r => r.ToString("0.#####", CultureInfo.InvariantCulture))), cancellationToken)
            .ConfigureAwait(false);
        return Report(run, target, report, rates, slot, slots, final);
    }

    private ChatMessage Report(Run run, string target, HealthReport report, IReadOnlyList<double> rates, int slot, int slots, bool final)
    {
        var title = final
            ? $"Final health report for {target}: monitoring window closed ({slots.ToString(CultureInfo.InvariantCulture)} reports)"
            : $"Health report {slot.ToString(CultureInfo.InvariantCulture)}/{slots.ToString(CultureInfo.InvariantCulture)} for {target}";
        var fields = new List<MessageField>
        {
            new("Traffic", TrafficSummaryText.Render(report.Current)),
            new("5xx rate so far", Sparkline.Render(rates) + $" (latest {HealthComparison.Percent(report.Current.ServerErrorRate)})"),
        };
        var text = HealthReportText.Render(report);
        if (final)
            text += $"\nNext: `approve {run.Id} monitor` to close step 13, then restore the TTLs (step 14) and decommission {run.SourceApp} (step 15).";
        return new ChatMessage(title, report.HasAlerts ? MessageStatus.Warning : MessageStatus.Success, fields, [], text)
        {
            Mentions = report.HasAlerts ? policy.MentionsOn(run.Conversation.Channel) : [],
        };
    }
}
