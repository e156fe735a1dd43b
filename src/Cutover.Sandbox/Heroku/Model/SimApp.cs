namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An app and everything that hangs off it.</summary>
internal sealed class SimApp
{
    public required Guid Id { get; init; }

    public required string Name { get; set; }

    /// <summary>The <c>*.herokuapp.com</c> host: the name plus a fixed random suffix, as new Heroku apps get.</summary>
    public required string WebHostSuffix { get; init; }

    public required SimAccount Owner { get; init; }

    public required SimTeam? Team { get; init; }

    public required SimRegion Region { get; init; }

    public required SimStack Stack { get; set; }

    public required SimStack BuildStack { get; set; }

    public required SimSpace? Space { get; init; }

    public required SimGeneration Generation { get; init; }

    public required bool? InternalRouting { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public required long Number { get; init; }

    public bool Maintenance { get; set; }

    public bool Acm { get; set; }

    public bool Locked { get; set; }

    public Dictionary<string, string> Config { get; } = new(StringComparer.Ordinal);

    public List<string> Buildpacks { get; } = [];

    public HashSet<string> Features { get; } = new(StringComparer.Ordinal);

    public List<SimRelease> Releases { get; } = [];

    public List<SimFormation> Formation { get; } = [];

    public List<SimDyno> Dynos { get; } = [];

    public List<SimDomain> Domains { get; } = [];

    public List<SimSniEndpoint> SniEndpoints { get; } = [];

    public List<SimBuild> Builds { get; } = [];

    public List<SimLogDrain> LogDrains { get; } = [];

    public List<SimCollaborator> Collaborators { get; } = [];

    public List<SimWebhook> Webhooks { get; } = [];

    public int NextRunNumber { get; set; } = 1;

    public string WebHost => $"{Name}-{WebHostSuffix}.herokuapp.com";

    public string WebUrl => $"https://{WebHost}/";

    /// <summary>Which dyno sizes apply: common, private, shield or fir.</summary>
    public string Runtime => Space?.Runtime ?? (Generation.IsFir ? Runtimes.Fir : Runtimes.Common);

    public SimRelease? CurrentRelease =>
        Releases.Where(r => r.Status == SimRelease.Succeeded).MaxBy(r => r.Version);

    public int NextReleaseVersion => Releases.Count == 0 ? 1 : Releases.Max(r => r.Version) + 1;

    /// <summary>A release by version number or id.</summary>
    public SimRelease Release(string identity) =>
        Releases.FirstOrDefault(r => int.TryParse(identity, out var version) ? r.Version == version : Guid.TryParse(identity, out var id) && r.Id == id)
        ?? throw HerokuApiException.NotFound("release");

    /// <summary>A domain by hostname or id.</summary>
    public SimDomain Domain(string identity) =>
        Domains.FirstOrDefault(d => d.Hostname.Equals(identity, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(identity, out var id) && d.Id == id))
        ?? throw HerokuApiException.NotFound("domain");

    public void RemoveDomain(SimDomain domain)
    {
        if (domain.Kind == "heroku")
            throw HerokuApiException.InvalidParams($"{domain.Hostname} is the app's default domain and cannot be removed.");
        Domains.Remove(domain);
    }

    public SimSniEndpoint SniEndpoint(string identity) =>
        SniEndpoints.FirstOrDefault(s => SimCatalog.Matches(s.Id, s.Name, identity)) ?? throw HerokuApiException.NotFound("SNI endpoint");

    public void RemoveSniEndpoint(SimSniEndpoint endpoint)
    {
        foreach (var domain in Domains.Where(d => d.SniEndpoint == endpoint))
            domain.SniEndpoint = null;
        SniEndpoints.Remove(endpoint);
    }
}
