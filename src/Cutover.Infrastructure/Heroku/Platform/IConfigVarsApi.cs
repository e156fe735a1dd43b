namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Config vars (SCHEMA <c>config-var</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#config-vars">Platform API: Config Vars</see>).
/// Values are secrets: never log or print them.
/// </summary>
public interface IConfigVarsApi
{
    /// <summary><c>GET /apps/{app}/config-vars</c> — Info for App: every key and value (the schema allows null values).</summary>
    [Get("/apps/{app}/config-vars")]
    Task<Dictionary<string, string?>> GetAsync(string app, CancellationToken cancellationToken);

    /// <summary>
    /// <c>PATCH /apps/{app}/config-vars</c> — Update: sets the given keys, deletes those set to null; creates one
    /// release; answers with the full new set.
    /// </summary>
    [Patch("/apps/{app}/config-vars")]
    Task<Dictionary<string, string?>> UpdateAsync(string app, [Body] IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken);
}
