namespace Cutover.Infrastructure;

/// <summary>
/// The credentials that make Cutover act on a real Slack workspace, Teams tenant or Heroku account. Modes in which anyone
/// may act as anyone (the sandbox, the Teams Emulator mode) refuse to start next to any of them.
/// </summary>
public static class RealCredentials
{
    private static readonly (string Variable, string Key)[] Credentials =
    [
        ("SLACK_BOT_TOKEN", "Slack:BotToken"),
        ("MicrosoftAppId", "Teams:AppId"),
        ("HEROKU_API_TOKEN", "Heroku:ApiToken"),
    ];

    /// <summary>The variables of the credentials that are set, by their environment names.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return [.. Credentials
            .Where(c => !string.IsNullOrWhiteSpace(configuration[c.Variable]) || !string.IsNullOrWhiteSpace(configuration[c.Key]))
            .Select(c => c.Variable)];
    }

    /// <summary>
    /// Reads a <c>true|false</c> switch that turns on a mode without authentication; null when unset.
    /// </summary>
    /// <exception cref="StartupConfigurationException">Not true/false, or true next to a real credential.</exception>
    public static bool? Switch(IConfiguration configuration, string variable, string mode)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[variable];
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!bool.TryParse(value.Trim(), out var on))
            throw new StartupConfigurationException($"{variable} must be true or false.");
        if (on && Configured(configuration) is { Count: > 0 } configured)
        {
            throw new StartupConfigurationException(
                $"{variable}=true, but {string.Join(" and ", configured)} is set: {mode} never runs with real credentials. Unset one or the other.");
        }

        return on;
    }
}
