namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /pipeline-couplings</c> (SCHEMA <c>pipeline-coupling</c> Create).</summary>
/// <param name="App">The app, by name or id.</param>
/// <param name="Pipeline">The pipeline's id.</param>
/// <param name="Stage"><c>test</c>, <c>review</c>, <c>development</c>, <c>staging</c> or <c>production</c>.</param>
public sealed record PipelineCouplingCreate(string App, string Pipeline, string Stage);
