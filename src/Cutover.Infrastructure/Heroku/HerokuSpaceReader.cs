namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Reads a target space for preflight: <c>GET /spaces/{space}/nat</c> and <c>GET /spaces/{space}/inbound-ruleset</c>
/// (only once the space is allocated) and <c>GET /dyno-sizes</c>, in parallel — 3 calls, 1 while the space is still allocating. Sizes come smallest first
/// (by memory, then compute), since Heroku lists them by id.
/// </summary>
internal sealed class HerokuSpaceReader(ISpacesApi spaces, IDynoSizesApi dynoSizes)
{
    /// <summary>The state in which a space takes apps and has NAT addresses.</summary>
    public const string Allocated = "allocated";

    /// <summary>The generation whose sizes are not flagged <c>private_space_only</c> but run only in Fir spaces.</summary>
    public const string Fir = "fir";

    /// <summary>The name prefix of the sizes only Shield spaces run.</summary>
    public const string ShieldPrefix = "Shield-";

    /// <summary>The snapshot of <paramref name="space"/> (as <c>GET /spaces/{space}</c> answered it).</summary>
    public async Task<TargetSnapshot> ReadAsync(Space space, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(space);
        var generation = space.Generation?.Name ?? HerokuPlatform.DefaultGeneration;
        var nat = ReadNatAsync(space, cancellationToken);
        var inbound = ReadInboundRulesAsync(space, cancellationToken);
        var sizes = HerokuPaging.ReadAllAsync<DynoSize>(dynoSizes.ListAsync, cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken)
            .AsTask();
        await Task.WhenAll(nat, inbound, sizes).ConfigureAwait(false);

        return new TargetSnapshot(
            space.Name,
            space.State,
            space.Region?.Name ?? string.Empty,
            space.Shield,
            generation,
            space.Team?.Name,
            await nat.ConfigureAwait(false),
            [.. (await sizes.ConfigureAwait(false))
                .Where(s => RunsIn(s, space.Shield, generation))
                .OrderBy(s => s.Memory)
                .ThenBy(s => s.Compute)
                .ThenBy(s => s.Name, StringComparer.Ordinal)
                .Select(s => s.Name)])
        {
            InboundRules = await inbound.ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Whether a space of this kind can run the size. The size's <c>generation</c> must be the space's (a size that
    /// names none is Cedar). In a Fir space that is enough: Fir sizes are not flagged <c>private_space_only</c>.
    /// In a Cedar space the size must be <c>private_space_only</c>, and since the schema has no Shield flag on
    /// dyno sizes the tier is told by name: <c>Shield-*</c> in a Shield space, the other private-space-only sizes
    /// (<c>Private-*</c>) in a Private space.
    /// </summary>
    public static bool RunsIn(DynoSize size, bool shield, string generation)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (!string.Equals(size.Generation?.Name ?? HerokuPlatform.DefaultGeneration, generation, StringComparison.Ordinal))
            return false;
        if (generation == Fir)
            return true;
        return size.PrivateSpaceOnly && size.Name.StartsWith(ShieldPrefix, StringComparison.OrdinalIgnoreCase) == shield;
    }

    /// <summary>
    /// The NAT's outbound IPs; none while the space is not allocated (not asked), and none when Heroku has no NAT
    /// for it yet (404, 409 or 422) — an allocating or updating NAT is not a preflight fault.
    /// </summary>
    private async Task<IReadOnlyList<string>> ReadNatAsync(Space space, CancellationToken cancellationToken)
    {
        if (space.State != Allocated)
            return [];
        try
        {
            return (await spaces.GetNatAsync(space.Name, cancellationToken).ConfigureAwait(false)).Sources;
        }
        catch (HerokuApiException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            return [];
        }
    }

    /// <summary>
    /// The space's inbound rules; null (not read) while the space is not allocated, and when Heroku has none to show
    /// (404, 409 or 422), so the plan says to check them instead of claiming what they are.
    /// </summary>
    private async Task<IReadOnlyList<InboundRule>?> ReadInboundRulesAsync(Space space, CancellationToken cancellationToken)
    {
        if (space.State != Allocated)
            return null;
        try
        {
            var ruleset = await spaces.GetInboundRulesetAsync(space.Name, cancellationToken).ConfigureAwait(false);
            return [.. ruleset.Rules.Select(r => new InboundRule(r.Action, r.Source))];
        }
        catch (HerokuApiException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity)
        {
            return null;
        }
    }
}
