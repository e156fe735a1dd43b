namespace Cutover.Chat;

/// <summary>The rules of the chat sections; each failure names the setting as an operator sets it, never its value.</summary>
public sealed partial class ChatOptionsRules : IValidateOptions<SlackOptions>, IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.IsOn && (string.IsNullOrWhiteSpace(options.BotToken) || string.IsNullOrWhiteSpace(options.SigningSecret)))
        {
            failures.Add($"{(string.IsNullOrWhiteSpace(options.BotToken) ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET")} is not set; "
                + "Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
        }

        if (options.WorkspaceId is { } workspace && !SlackWorkspace().IsMatch(workspace.Trim()))
            failures.Add("SLACK_TEAM_ID must be a Slack workspace id (T…) or Enterprise Grid org id (E…), e.g. T0123ABCD.");
        if (options.ApiBaseUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
            failures.Add("SLACK_API_URL must be an absolute http(s) URL, e.g. https://slack.com/api/.");
        if (options.PostInterval < TimeSpan.Zero || options.PostInterval > TimeSpan.FromSeconds(10))
            failures.Add("Slack:PostInterval must be between 00:00:00 and 00:00:10.");
        if (options.GroupCacheExpiry < TimeSpan.Zero || options.GroupCacheExpiry > TimeSpan.FromHours(24))
            failures.Add("Slack:GroupCacheExpiry must be between 00:00:00 and 1.00:00:00.");
        return Result(failures);
    }

    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.IsAuthenticationDisabled && string.IsNullOrWhiteSpace(options.AppPassword))
            failures.Add("MicrosoftAppPassword must be set when MicrosoftAppId is set.");
        if (!string.IsNullOrWhiteSpace(options.TenantId) && !Guid.TryParse(options.TenantId, out _))
            failures.Add("TEAMS_TENANT_ID must be an Entra tenant id (a GUID), e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47.");
        foreach (var (url, setting) in new[]
                 {
                     (options.OpenIdMetadataUrl, "BOTFRAMEWORK_OPENID_METADATA_URL"), (options.EntraOpenIdMetadataUrl, "Teams:EntraOpenIdMetadataUrl"),
                     (options.LoginBaseUrl, "Teams:LoginUrl"), (options.GraphBaseUrl, "Teams:GraphBaseUrl"),
                 })
        {
            if (url is not { IsAbsoluteUri: true } || !ConnectorEndpoint.IsAllowed(url))
                failures.Add($"{setting} must be an absolute https URL (plain http is allowed on loopback only).");
        }

        return Result(failures);
    }

    /// <summary>The options when they pass, else an <see cref="OptionsValidationException"/> naming every failure.</summary>
    internal static T Passed<T>(IValidateOptions<T> rules, T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = rules.Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures) : options;
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

    /// <summary>A Slack workspace id (<c>T…</c>) or Enterprise Grid org id (<c>E…</c>).</summary>
    [GeneratedRegex("^[TE][A-Z0-9]{2,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackWorkspace();
}
