namespace Cutover.Core.Planning;

/// <summary>
/// What surrounds the source app beyond its code, config, add-ons and domains: where its logs go, who may work on it,
/// who hears about its releases, the pipeline it is a stage of, and the certificates it serves. A migration that
/// forgets any of these fails quietly days later, so the plan's parity table shows each.
/// </summary>
/// <param name="Drains">Log drains the app's owner added; add-on drains come and go with their add-on and are not listed.</param>
/// <param name="Collaborators">People with access, each with their team-app permissions (empty on a personal app).</param>
/// <param name="Webhooks">App webhooks; their secrets cannot be read back.</param>
/// <param name="Pipeline">The pipeline stage the app is coupled to, or null.</param>
/// <param name="SniEndpoints">Names of uploaded certificates (SNI endpoints); their private keys cannot be read back.</param>
/// <param name="Acm">Whether Automated Certificate Management is on.</param>
public sealed record AppIntegrations(
    IReadOnlyList<LogDrainInfo> Drains,
    IReadOnlyList<CollaboratorInfo> Collaborators,
    IReadOnlyList<WebhookInfo> Webhooks,
    PipelineStageInfo? Pipeline,
    IReadOnlyList<string> SniEndpoints,
    bool Acm)
{
    /// <summary>An app with none of them.</summary>
    public static AppIntegrations None { get; } = new([], [], [], null, [], false);
}
