namespace Cutover.Core.Planning;

/// <summary>The pipeline stage an app is coupled to.</summary>
/// <param name="Pipeline">Pipeline name.</param>
/// <param name="Stage"><c>test</c>, <c>review</c>, <c>development</c>, <c>staging</c> or <c>production</c>.</param>
/// <param name="PipelineId">The pipeline's id (couplings name it by id), when read from Heroku.</param>
public sealed record PipelineStageInfo(string Pipeline, string Stage, string? PipelineId = null);
