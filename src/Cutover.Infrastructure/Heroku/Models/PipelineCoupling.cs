namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An app's place in a pipeline (SCHEMA <c>pipeline-coupling</c>).</summary>
public sealed record PipelineCoupling
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The pipeline (id only).</summary>
    public ResourceRef? Pipeline { get; init; }

    /// <summary><c>test</c>, <c>review</c>, <c>development</c>, <c>staging</c> or <c>production</c>.</summary>
    public string Stage { get; init; } = string.Empty;
}
