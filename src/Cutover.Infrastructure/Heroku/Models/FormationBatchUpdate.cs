namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>PATCH /apps/{app}/formation</c> (SCHEMA <c>formation</c> Batch Update).</summary>
/// <param name="Updates">One entry per process type to change.</param>
public sealed record FormationBatchUpdate(IReadOnlyList<FormationUpdate> Updates);
