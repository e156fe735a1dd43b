namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>PATCH /teams/apps/{app}/collaborators/{collaborator}</c> (SCHEMA <c>team-app-collaborator</c> Update).</summary>
/// <param name="Permissions">The permission names the person gets instead of theirs.</param>
public sealed record TeamAppCollaboratorUpdate(IReadOnlyList<string> Permissions);
