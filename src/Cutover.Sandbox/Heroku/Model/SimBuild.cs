namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A build from a source tarball; pending until <see cref="ReadyAt"/>, then a slug and a release.</summary>
internal sealed class SimBuild
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required SimAccount User { get; init; }

    public required string SourceUrl { get; init; }

    public required string? SourceVersion { get; init; }

    public required string? SourceChecksum { get; init; }

    public required string? SourceVersionDescription { get; init; }

    public required IReadOnlyList<string>? Buildpacks { get; init; }

    public required SimStack Stack { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ReadyAt { get; init; }

    public string Status { get; set; } = "pending";

    public DateTimeOffset UpdatedAt { get; set; }

    public SimSlug? Slug { get; set; }

    public SimRelease? Release { get; set; }
}
