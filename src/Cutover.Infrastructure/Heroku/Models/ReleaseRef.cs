namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The release a dyno runs (SCHEMA <c>dyno.release</c>).</summary>
/// <param name="Id">Release id.</param>
/// <param name="Version">Release version number.</param>
public sealed record ReleaseRef(string Id, int Version);
