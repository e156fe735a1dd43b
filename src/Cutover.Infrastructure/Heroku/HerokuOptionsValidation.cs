namespace Cutover.Infrastructure.Heroku;

/// <summary>The <c>Heroku</c> section's rules: both base URLs absolute http(s). Failures name the setting, never the token.</summary>
public sealed class HerokuOptionsValidation : IValidateOptions<HerokuOptions>
{
    public ValidateOptionsResult Validate(string? name, HerokuOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (url, key) in new[] { (options.PlatformBaseUrl, "Heroku:ApiUrl"), (options.DataBaseUrl, "Heroku:DataApiUrl") })
        {
            if (url is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
                failures.Add($"{SettingVariables.NameOf(key)} must be an absolute http(s) URL, e.g. https://api.heroku.com.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
