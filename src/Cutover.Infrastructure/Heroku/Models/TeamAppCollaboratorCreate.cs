namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /teams/apps/{app}/collaborators</c> (SCHEMA <c>team-app-collaborator</c> Create).</summary>
/// <param name="User">The person's email.</param>
/// <param name="Permissions">Permission names, e.g. <c>["operate", "view"]</c>.</param>
/// <param name="Silent">Whether to spare them Heroku's invitation email.</param>
public sealed record TeamAppCollaboratorCreate(string User, IReadOnlyList<string> Permissions, bool Silent = true);
