namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An add-on service of the catalogue, with its plans and how it names attachments.</summary>
internal sealed class SimAddonService
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string HumanName { get; init; }

    /// <summary><c>postgres</c>, <c>redis</c>, <c>kafka</c> or <c>none</c>.</summary>
    public required string Data { get; init; }

    public required string DefaultAttachment { get; init; }

    public required string? ColorPrefix { get; init; }

    public required bool AttachBoth { get; init; }

    public required IReadOnlyList<string> ConfigVarSuffixes { get; init; }

    public required TimeSpan Provisioning { get; init; }

    public required TimeSpan FollowerCatchUp { get; init; }

    public required long InitialLagCommits { get; init; }

    public required bool StaticOutboundIp { get; init; }

    /// <summary>The syslog host its add-ons drain the app's logs to (a logging add-on), or null.</summary>
    public required string? LogDrain { get; init; }

    public required IReadOnlyList<SimGeneration> Generations { get; init; }

    public required IReadOnlyList<SimRegion> Regions { get; init; }

    public required IReadOnlyList<string> PrivateNetworkingRegions { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public List<SimPlan> Plans { get; } = [];

    public bool IsPostgres => Data == "postgres";

    public bool IsRedis => Data == "redis";
}
