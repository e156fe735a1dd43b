namespace Cutover.Sandbox.Heroku.Model;

/// <summary>One process type's scale and size.</summary>
internal sealed class SimFormation
{
    public required Guid Id { get; init; }

    public required string Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Command { get; set; }

    public required int Quantity { get; set; }

    public required SimDynoSize Size { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>How many of its dynos crash after boot (seeded trouble).</summary>
    public int Crashing { get; set; }
}
