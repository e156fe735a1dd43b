namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A slug: compiled code for one stack, with its process types.</summary>
internal sealed class SimSlug
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required IReadOnlyDictionary<string, string> ProcessTypes { get; init; }

    public required SimStack Stack { get; init; }

    public required string? Commit { get; init; }

    public required string? CommitDescription { get; init; }

    public required string? BuildpackDescription { get; init; }

    public required string? Checksum { get; init; }

    public required long? Size { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
