namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A stack of the catalogue.</summary>
internal sealed class SimStack
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required SimGeneration Generation { get; init; }

    public required string State { get; init; }

    public required bool Default { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
