using Cutover.Infrastructure.Dns;
namespace Cutover.Steps.DnsTtl;

/// <summary>
/// A TTL reminder before the cutover (T−72 h, −48 h, −24 h, −1 h): which records still have a high TTL on their
/// authoritative servers, what the owner must change, and the earliest safe cutover given each record's old TTL. Posted
/// once per (run, slot); a reminder fired late after a restart says how late.
/// </summary>
public sealed class RemindDnsTtl(IRunStore store, IMigrationInspector inspector, DnsRecords records, IDnsProvider provider, IRunPosts posts,
    IChatNotifier chat, DnsOptions options, TimeProvider clock)
{
    /// <summary>Lateness beyond which the reminder states when it was due.</summary>
    public static readonly TimeSpan Staleness = TimeSpan.FromMinutes(2);

    /// <summary>Posts the reminder of <paramref name="slot"/> (e.g. <c>T-72h</c>) unless it was posted; false when nothing was posted.</summary>
    public async Task<bool> RunAsync(long runId, string slot, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is not { IsActive: true, CutoverAt: { } cutoverAt, Conversation.ThreadId: not null })
            return false;
        if (run.FindStep(StepIds.MaintenanceOn) is { State: StepState.Running or StepState.Succeeded })
            return false;
        var now = clock.GetUtcNow();
        return await posts.PostOnceAsync(chat, run, $"reminder:ttl:{slot}", now,
            () => ReminderAsync(run, cutoverAt, slot, dueAt, now, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatMessage> ReminderAsync(Run run, DateTimeOffset cutoverAt, string slot, DateTimeOffset dueAt, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var hosts = await records.HostsAsync(run.Id, cancellationToken).ConfigureAwait(false);
        if (hosts.Count == 0)
        {
            var inspected = await inspector.InspectAsync(run.SourceApp, run.TargetSpace, cancellationToken).ConfigureAwait(false);
            hosts = inspected.IsRefused ? [] : [.. inspected.Value.Source.Domains.Select(d => d.Hostname.ToLowerInvariant()).Order(StringComparer.Ordinal)];
        }

        var target = options.TargetTtlSeconds;
        var lines = new List<string>();
        var latestSafe = now;
        foreach (var (host, observation, original, loweredAt) in await records.ObserveAsync(run.Id, hosts, cancellationToken).ConfigureAwait(false))
        {
            var ttl = observation.Highest?.TtlSeconds;
            if (ttl is null)
            {
                lines.Add($"• {host}: could not be read ({observation.Problem ?? "no answer"})");
                continue;
            }

            var old = original ?? ttl.Value;
            var safe = ttl <= target ? (loweredAt ?? now).AddSeconds(old) : now.AddSeconds(ttl.Value);
            if (safe > latestSafe)
                latestSafe = safe;
            lines.Add(ttl <= target
                ? $"• {host}: TTL {ttl} s ✓ (old TTL {old} s; safe from {DnsFacts.Utc(safe)})"
                : $"• {host}: TTL {ttl} s — {Action(run, host, target)} If lowered now, safe from {DnsFacts.Utc(safe)}.");
        }

        var late = now - dueAt > Staleness ? $" (reminder due {DnsFacts.Utc(dueAt)}, sent {DnsFacts.Utc(now)} after a restart)" : string.Empty;
        var verdict = latestSafe <= cutoverAt
            ? $"Every record can be safe by the cutover at {DnsFacts.Utc(cutoverAt)}."
            : $"At the current TTLs the earliest safe cutover is {DnsFacts.Utc(latestSafe)}, after the planned {DnsFacts.Utc(cutoverAt)}: lower the TTLs now or move the cutover.";
        return new ChatMessage(
            $"DNS TTL reminder {slot}: cutover {DnsFacts.Utc(cutoverAt)}{late}",
            latestSafe <= cutoverAt ? MessageStatus.Info : MessageStatus.Warning,
            [
                new MessageField("Records", lines.Count == 0 ? "no custom domains" : string.Join("\n", lines)),
                new MessageField("Target TTL", $"{target.ToString(CultureInfo.InvariantCulture)} s"),
            ],
            [],
            verdict);
    }

    /// <summary>Who lowers a high TTL: step 2 through the provider when it applies changes, else the record's owner.</summary>
    private string Action(Run run, string host, int target)
    {
        if (!provider.AppliesChanges)
            return $"owner action: {DnsInstructions.SetTtl(host, target)}";
        return run.FindStep(StepIds.DnsTtl) is { State: StepState.Succeeded }
            ? $"step 2 (dns-ttl) lowered it, but it reads high again: retry step 2, or set it to {target} s at {provider.Name}."
            : $"approving step 2 (dns-ttl) lowers it to {target} s through {provider.Name}.";
    }
}
