namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A release: a slug plus a config snapshot; pending until <see cref="ReadyAt"/>.</summary>
internal sealed class SimRelease
{
    public const string Pending = "pending";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required int Version { get; init; }

    public required string Description { get; init; }

    public required SimSlug? Slug { get; init; }

    public required SimAccount User { get; init; }

    public required IReadOnlyDictionary<string, string> Config { get; init; }

    public required IReadOnlyList<string> AddonPlanNames { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ReadyAt { get; init; }

    public string Status { get; set; } = Pending;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The slug has a <c>release</c> process, so the release phase streams output.</summary>
    public bool HasReleasePhase => Slug?.ProcessTypes.ContainsKey("release") == true;
}
