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
}
