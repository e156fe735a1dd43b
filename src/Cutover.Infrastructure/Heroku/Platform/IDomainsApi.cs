namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Domains (SCHEMA <c>domain</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#domain">Platform API: Domain</see>).
/// </summary>
public interface IDomainsApi
{
    /// <summary><c>GET /apps/{app}/domains</c> — List: hostnames with their DNS target (<c>cname</c>) and ACM status.</summary>
    [Get("/apps/{app}/domains")]
    Task<ApiResponse<List<Domain>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /apps/{app}/domains</c> — Create: add a hostname; fails while another app holds it. The new
    /// <c>cname</c> may be null at first.
    /// </summary>
    [Post("/apps/{app}/domains")]
    Task<Domain> CreateAsync(string app, [Body] DomainCreate domain, CancellationToken cancellationToken);

    /// <summary><c>DELETE /apps/{app}/domains/{domain}</c> — Delete: remove a hostname (by hostname or id).</summary>
    [Delete("/apps/{app}/domains/{domain}")]
    Task<Domain> DeleteAsync(string app, string domain, CancellationToken cancellationToken);
}
