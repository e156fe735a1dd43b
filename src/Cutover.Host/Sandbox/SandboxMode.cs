namespace Cutover.Host.Sandbox;

/// <summary>
/// Decides whether Cutover runs as the sandbox. <c>CUTOVER_SANDBOX=true|false</c> decides when set; otherwise the sandbox
/// is on exactly when none of <c>SLACK_BOT_TOKEN</c>, <c>MicrosoftAppId</c> and <c>HEROKU_API_TOKEN</c> (nor their
/// <c>Slack:BotToken</c>, <c>Teams:AppId</c>, <c>Heroku:ApiToken</c> forms) is configured. The sandbox never runs next to
/// a real credential: its console lets anyone act as anyone, so <c>CUTOVER_SANDBOX=true</c> with one set stops start-up.
/// </summary>
public static class SandboxMode
{
    public const string Variable = "CUTOVER_SANDBOX";

    private static readonly (string Variable, string Key)[] Credentials =
    [
        ("SLACK_BOT_TOKEN", "Slack:BotToken"),
        ("MicrosoftAppId", "Teams:AppId"),
        ("HEROKU_API_TOKEN", "Heroku:ApiToken"),
    ];

    /// <summary>Whether the sandbox is on for this configuration.</summary>
    /// <exception cref="StartupConfigurationException">The variable is not true/false, or forces the sandbox next to a credential.</exception>
    public static bool IsOn(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = Credentials
            .Where(c => !string.IsNullOrWhiteSpace(configuration[c.Variable]) || !string.IsNullOrWhiteSpace(configuration[c.Key]))
            .Select(c => c.Variable)
            .ToList();
        var forced = configuration[Variable];
        if (string.IsNullOrWhiteSpace(forced))
            return configured.Count == 0;
        if (!bool.TryParse(forced.Trim(), out var on))
            throw new StartupConfigurationException($"{Variable} must be true or false.");
        if (on && configured.Count > 0)
        {
            throw new StartupConfigurationException(
                $"{Variable}=true, but {string.Join(" and ", configured)} is set: the sandbox never runs with real credentials. Unset one or the other.");
        }

        return on;
    }
}
