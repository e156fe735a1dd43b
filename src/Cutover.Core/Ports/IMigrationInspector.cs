namespace Cutover.Core.Ports;

/// <summary>
/// Preflight's read-only look at Heroku (<c>GET /apps/{app}</c>, releases, formation, add-ons, attachments,
/// domains, config var names, <c>GET /spaces/{space}</c> + NAT, dyno sizes, add-on service plans).
/// </summary>
public interface IMigrationInspector
{
    /// <summary>The planning input, or a refusal naming what was not found or not visible to the token.</summary>
    Task<Result<PlanningInput>> InspectAsync(string sourceApp, string targetSpace, CancellationToken cancellationToken);
}
