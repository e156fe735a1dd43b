namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An app (labs) feature of the catalogue.</summary>
internal sealed class SimFeatureDefinition
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string DisplayName { get; init; }

    public required string Description { get; init; }

    public required string State { get; init; }

    public required bool CedarOnly { get; init; }

    public required bool SpaceOnly { get; init; }

    /// <summary>An account feature (<c>/account/features</c>), not an app feature.</summary>
    public required bool Account { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
