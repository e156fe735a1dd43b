namespace Cutover.Steps;

/// <summary>What pointing hostnames at their Heroku DNS targets came to: checked on the authoritative name servers.</summary>
/// <param name="Verified">Records seen pointing at their target, one line each.</param>
/// <param name="Wrong">Records the provider could not change or that are seen pointing elsewhere, with what to do.</param>
/// <param name="Unanswered">Records the name servers gave no answer for, and why.</param>
internal sealed record DnsRepointResult(
    IReadOnlyList<string> Verified,
    IReadOnlyList<string> Wrong,
    IReadOnlyList<(string Record, string Problem)> Unanswered);

/// <summary>
/// Points each hostname at its target through the DNS provider when it applies changes (a record already right is left
/// alone by the provider), then looks every record up on its authoritative name servers, the hostnames side by side
/// (<see cref="Concurrently"/>). Shared by the DNS switch and the rollback, which repoint the same way in opposite directions.
/// </summary>
internal static class DnsRepoint
{
    public static async Task<DnsRepointResult> ApplyAsync(IDnsProvider provider, IDnsTtlLookup lookup, IEnumerable<(string Host, string Target)> targets,
        CancellationToken cancellationToken)
    {
        // The hostnames are independent: each is repointed and looked up side by side with the others.
        var outcomes = await Concurrently.EachAsync([.. targets], (t, ct) => RepointAsync(provider, lookup, t.Host, t.Target, ct), cancellationToken)
            .ConfigureAwait(false);
        return new DnsRepointResult(
            [.. outcomes.Where(o => o.Kind == Outcome.Verified).Select(o => o.Text)],
            [.. outcomes.Where(o => o.Kind == Outcome.Wrong).Select(o => o.Text)],
            [.. outcomes.Where(o => o.Kind == Outcome.Unanswered).Select(o => (o.Text, o.Problem!))]);
    }

    private enum Outcome
    {
        Verified,
        Wrong,
        Unanswered,
    }

    private static async Task<(Outcome Kind, string Text, string? Problem)> RepointAsync(IDnsProvider provider, IDnsTtlLookup lookup, string host,
        string target, CancellationToken cancellationToken)
    {
        if (provider.AppliesChanges)
        {
            var change = await provider.SetTargetAsync(host, target, cancellationToken).ConfigureAwait(false);
            if (!change.Done)
                return (Outcome.Wrong, $"{host}: {change.Text}", null);
        }

        var observation = await lookup.ObserveAsync(host, cancellationToken).ConfigureAwait(false);
        var values = observation.Answers.Select(a => a.Value.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count == 0)
            return (Outcome.Unanswered, $"{host} → CNAME {target}", observation.Problem ?? "no answer");
        return values.All(v => string.Equals(v, target.TrimEnd('.'), StringComparison.OrdinalIgnoreCase))
            ? (Outcome.Verified, $"{host} → CNAME {target} (verified on {observation.Answers.Count} name server(s))", null)
            : (Outcome.Wrong, $"{host} points at {string.Join(", ", values)}; {DnsInstructions.PointAt(host, target)}", null);
    }
}
