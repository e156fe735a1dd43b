namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>POST /teams/apps</c> (SCHEMA <c>team-app</c> Create): the only way to create an app inside a
/// space. Every field is optional; null fields are not sent. Do not send a region with a space — the space
/// implies it.
/// </summary>
/// <param name="Name">App name; Heroku picks one when null.</param>
/// <param name="Team">Team name or id that owns the app.</param>
/// <param name="Space">Space name or id to create the app in.</param>
/// <param name="Stack">Stack name, e.g. <c>heroku-24</c>.</param>
/// <param name="InternalRouting">Reachable only inside the space network.</param>
/// <param name="Locked">Lock the app against joining by team members.</param>
public sealed record TeamAppCreate(
    string? Name = null,
    string? Team = null,
    string? Space = null,
    string? Stack = null,
    bool? InternalRouting = null,
    bool? Locked = null);
