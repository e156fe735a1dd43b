namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A log session: what to stream from <c>logplex_url</c>.</summary>
internal sealed class SimLogSession
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required int Lines { get; init; }

    public required bool Tail { get; init; }

    public required string? Source { get; init; }

    public required string? DynoName { get; init; }

    public required string? Type { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
