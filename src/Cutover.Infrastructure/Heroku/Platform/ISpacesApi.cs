namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Private Spaces and their NAT (SCHEMA <c>space</c>, <c>space-nat</c>, <c>inbound-ruleset</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#space">Platform API: Space</see>).
/// </summary>
public interface ISpacesApi
{
    /// <summary><c>GET /spaces/{space}</c> — Info: state, region, shield and generation of a space.</summary>
    [Get("/spaces/{space}")]
    Task<Space> GetAsync(string space, CancellationToken cancellationToken);

    /// <summary><c>GET /spaces/{space}/nat</c> — Info: the space's stable outbound IPs.</summary>
    [Get("/spaces/{space}/nat")]
    Task<SpaceNat> GetNatAsync(string space, CancellationToken cancellationToken);

    /// <summary><c>GET /spaces/{space}/inbound-ruleset</c> — Current: who may reach the space's web dynos.</summary>
    [Get("/spaces/{space}/inbound-ruleset")]
    Task<InboundRuleset> GetInboundRulesetAsync(string space, CancellationToken cancellationToken);
}
