namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /apps/{app}/log-sessions</c> (SCHEMA <c>log-session</c> Create); null fields are not sent.</summary>
/// <param name="Lines">Number of recent lines to return.</param>
/// <param name="Tail">Keep the stream open for new lines.</param>
/// <param name="Source">Log source: <c>app</c> or <c>heroku</c> (router lines come from <c>heroku</c>).</param>
/// <param name="DynoName">Only this dyno, e.g. <c>web.1</c> (renamed from <c>dyno</c> in Nov 2024).</param>
/// <param name="Type">Only this process type, e.g. <c>web</c>.</param>
public sealed record LogSessionCreate(
    int? Lines = null,
    bool? Tail = null,
    string? Source = null,
    string? DynoName = null,
    string? Type = null);
