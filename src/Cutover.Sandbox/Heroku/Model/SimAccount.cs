namespace Cutover.Sandbox.Heroku.Model;

/// <summary>The account the simulator serves.</summary>
internal sealed class SimAccount
{
    public required Guid Id { get; init; }

    public required string Email { get; init; }

    public required string? Name { get; init; }

    public required IReadOnlyList<string> Tokens { get; init; }

    /// <summary>Names of the account features the account has enabled.</summary>
    public HashSet<string> Features { get; } = new(StringComparer.Ordinal);

    public required DateTimeOffset CreatedAt { get; init; }
}
