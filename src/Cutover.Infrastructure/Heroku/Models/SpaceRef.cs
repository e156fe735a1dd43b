namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The <c>space</c> an app runs in (SCHEMA <c>app.space</c>).</summary>
/// <param name="Id">Space id.</param>
/// <param name="Name">Space name.</param>
/// <param name="Shield">Whether it is a Shield Private Space.</param>
public sealed record SpaceRef(string Id, string Name, bool Shield);
