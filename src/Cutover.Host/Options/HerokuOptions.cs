namespace Cutover.Host.Options;

/// <summary>
/// Section <c>Heroku</c>; Heroku-style variables <c>HEROKU_API_URL</c>, <c>HEROKU_DATA_API_URL</c> and
/// <c>HEROKU_API_TOKEN</c> override it. The base URLs let tests and the sandbox point Cutover at the simulator.
/// </summary>
public sealed class HerokuOptions
{
    public const string Section = "Heroku";

    public string? ApiUrl { get; set; }

    public string? DataApiUrl { get; set; }

    /// <summary>A secret: read from the environment only, never logged.</summary>
    public string? ApiToken { get; set; }
}
