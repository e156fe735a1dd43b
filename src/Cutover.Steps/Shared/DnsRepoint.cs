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
/// alone by the provider), then looks every record up on its authoritative name servers. Shared by the DNS switch and the
/// rollback, which repoint the same way in opposite directions.
/// </summary>
internal static class DnsRepoint
{
    public static async Task<DnsRepointResult> ApplyAsync(IDnsProvider provider, IDnsTtlLookup lookup, IEnumerable<(string Host, string Target)> targets,
        CancellationToken cancellationToken)
    {
        var verified = new List<string>();
        var wrong = new List<string>();
        var unanswered = new List<(string Record, string Problem)>();
        foreach (var (host, target) in targets)
        {
            if (provider.AppliesChanges)
            {
                var change = await provider.SetTargetAsync(host, target, cancellationToken).ConfigureAwait(false);
                if (!change.Done)
                {
                    wrong.Add($"{host}: {change.Text}");
                    continue;
                }
            }

            var observation = await lookup.ObserveAsync(host, cancellationToken).ConfigureAwait(false);
            var values = observation.Answers.Select(a => a.Value.TrimEnd('.')).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (values.Count == 0)
                unanswered.Add(($"{host} → CNAME {target}", observation.Problem ?? "no answer"));
            else if (values.All(v => string.Equals(v, target.TrimEnd('.'), StringComparison.OrdinalIgnoreCase)))
                verified.Add($"{host} → CNAME {target} (verified on {observation.Answers.Count} name server(s))");
            else
                wrong.Add($"{host} points at {string.Join(", ", values)}; {DnsInstructions.PointAt(host, target)}");
        }

        return new DnsRepointResult(verified, wrong, unanswered);
    }
}
