using System.Reflection;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Section <c>Heroku</c>: where the Heroku clients send requests and with which credentials. The base URLs let tests
/// and the sandbox point Cutover at the simulator.
/// </summary>
public sealed class HerokuOptions
{
    public const string Section = "Heroku";

    /// <summary>Platform API base URL (<c>HEROKU_API_URL</c>).</summary>
    [ConfigurationKeyName("ApiUrl")]
    public Uri PlatformBaseUrl { get; set; } = new("https://api.heroku.com");

    /// <summary>Data API base URL for Postgres and Redis (<c>HEROKU_DATA_API_URL</c>).</summary>
    [ConfigurationKeyName("DataApiUrl")]
    public Uri DataBaseUrl { get; set; } = new("https://api.data.heroku.com");

    /// <summary>API or OAuth token (<c>HEROKU_API_TOKEN</c>), sent as a bearer token to both APIs. A secret: never logged.</summary>
    public string ApiToken { get; set; } = string.Empty;

    /// <summary>The <c>User-Agent</c> header, <c>Cutover/&lt;version&gt;</c> by default.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary><c>Cutover/&lt;informational version without build metadata&gt;</c>.</summary>
    public static string DefaultUserAgent { get; } = "Cutover/" + Version();

    /// <summary>Describes the endpoints, never the token.</summary>
    public override string ToString() => $"Heroku Platform API {PlatformBaseUrl}, Data API {DataBaseUrl}";

    private static string Version()
    {
        var assembly = typeof(HerokuOptions).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        return version.Split('+', 2)[0];
    }
}
