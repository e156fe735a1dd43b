namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Collaborators (SCHEMA <c>collaborator</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#collaborator">Platform API: Collaborator</see>).
/// </summary>
public interface ICollaboratorsApi
{
    /// <summary><c>GET /apps/{app}/collaborators</c> — List: who has access, with their team-app permissions.</summary>
    [Get("/apps/{app}/collaborators")]
    Task<ApiResponse<List<Collaborator>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /teams/apps/{app}/collaborators</c> — Create (team-app-collaborator): give a person access to a team app
    /// with permissions; <c>silent</c> spares them the email.
    /// </summary>
    [Post("/teams/apps/{app}/collaborators")]
    Task<Collaborator> CreateOnTeamAppAsync(string app, [Body] TeamAppCollaboratorCreate collaborator, CancellationToken cancellationToken);

    /// <summary><c>PATCH /teams/apps/{app}/collaborators/{collaborator}</c> — Update: replace a person's permissions (by email or id).</summary>
    [Patch("/teams/apps/{app}/collaborators/{collaborator}")]
    Task<Collaborator> UpdateOnTeamAppAsync(string app, string collaborator, [Body] TeamAppCollaboratorUpdate update, CancellationToken cancellationToken);
}
