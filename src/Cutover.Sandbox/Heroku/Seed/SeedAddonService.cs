namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>An add-on service, how its attachments are named, how long it provisions and where it runs.</summary>
internal sealed class SeedAddonService
{
    public string Name { get; set; } = string.Empty;

    public string HumanName { get; set; } = string.Empty;

    /// <summary><c>postgres</c>, <c>redis</c>, <c>kafka</c> or <c>none</c>.</summary>
    public string Data { get; set; } = "none";

    public string DefaultAttachment { get; set; } = string.Empty;

    public string? ColorPrefix { get; set; }

    /// <summary>The first attachment also gets the colour name (Postgres: DATABASE and HEROKU_POSTGRESQL_ROSE).</summary>
    public bool AttachBoth { get; set; }

    /// <summary>Suffixes of the config vars each attachment sets, e.g. <c>_URL</c>.</summary>
    public List<string> ConfigVars { get; set; } = ["_URL"];

    public string Provisioning { get; set; } = "0s";

    public string FollowerCatchUp { get; set; } = "10m";

    public long InitialLagCommits { get; set; } = 10_000;

    public bool StaticOutboundIp { get; set; }

    /// <summary>The syslog host each add-on of this service drains the app's logs to (a logging add-on), or null.</summary>
    public string? LogDrain { get; set; }

    public List<string> Generations { get; set; } = ["cedar"];

    public List<string> Regions { get; set; } = [];

    public List<string> PrivateNetworking { get; set; } = [];

    public List<SeedPlan> Plans { get; set; } = [];
}
