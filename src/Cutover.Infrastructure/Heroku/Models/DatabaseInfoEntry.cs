namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>One labelled fact of a Data API database (<c>info[]</c> of Postgres and Redis).</summary>
/// <param name="Name">Label, e.g. <c>Behind By</c>, <c>Following</c>, <c>Status</c>.</param>
/// <param name="Values">The values, as text (the exact format of <c>Behind By</c> is not documented).</param>
public sealed record DatabaseInfoEntry(string Name, IReadOnlyList<string> Values);
