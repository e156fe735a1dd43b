namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A pipeline (SCHEMA <c>pipeline</c>).</summary>
public sealed record Pipeline
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;
}
