namespace Cutover.Core.Planning;

/// <summary>The source app as preflight found it.</summary>
/// <param name="Name">App name.</param>
/// <param name="Region">Region name, e.g. <c>us</c>.</param>
/// <param name="Stack">Stack name, e.g. <c>heroku-24</c>.</param>
/// <param name="Generation"><c>cedar</c> or <c>fir</c>.</param>
/// <param name="Space">The space it already runs in, or null on the Common Runtime.</param>
/// <param name="CurrentRelease">The newest release, or null when the app was never released.</param>
/// <param name="Formation">Process types with quantity and size.</param>
/// <param name="Addons">Add-ons billed to or attached to the app.</param>
/// <param name="Domains">Custom domains (the default <c>herokuapp.com</c> one excluded).</param>
/// <param name="ConfigVarNames">Names only: values are secrets and never leave the inspector.</param>
/// <param name="Buildpacks">Buildpack names or URLs, in order.</param>
/// <param name="Features">Enabled labs/app features.</param>
public sealed record SourceSnapshot(
    string Name,
    string Region,
    string Stack,
    string Generation,
    string? Space,
    ReleaseInfo? CurrentRelease,
    IReadOnlyList<FormationEntry> Formation,
    IReadOnlyList<AddonInfo> Addons,
    IReadOnlyList<DomainInfo> Domains,
    IReadOnlyList<string> ConfigVarNames,
    IReadOnlyList<string> Buildpacks,
    IReadOnlyList<string> Features)
{
    /// <summary>Drains, access, webhooks, pipeline stage and certificates (<see cref="AppIntegrations.None"/> unless read).</summary>
    public AppIntegrations Integrations { get; init; } = AppIntegrations.None;
}
