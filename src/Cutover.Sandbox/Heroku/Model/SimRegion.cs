namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A region of the catalogue.</summary>
internal sealed class SimRegion
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public required string Country { get; init; }

    public required string Locale { get; init; }

    public required string ProviderRegion { get; init; }

    public required bool PrivateCapable { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
