namespace Cutover.Infrastructure.Audit;

/// <summary>The address is absolute (https, or http on loopback), the secret long enough, and neither comes without the other.</summary>
public sealed class AuditLinkOptionsValidation : IValidateOptions<AuditLinkOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditLinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasSecret = !string.IsNullOrEmpty(options.Secret);
        if (options.BaseUrl is { } url && !(url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))))
            failures.Add($"CUTOVER_BASE_URL must be an absolute https URL (http only on loopback); got '{url}'.");
        if (options.BaseUrl is not null && !hasSecret)
            failures.Add("CUTOVER_BASE_URL is set but CUTOVER_LINK_SECRET is not: set a random secret of at least 32 characters to sign audit download links.");
        if (hasSecret && options.Secret!.Length < AuditLinkOptions.MinSecretLength)
            failures.Add($"CUTOVER_LINK_SECRET must be at least {AuditLinkOptions.MinSecretLength} characters.");
        if (hasSecret && options.BaseUrl is null)
            failures.Add("CUTOVER_LINK_SECRET is set but CUTOVER_BASE_URL is not: set Cutover's public https address for the links.");
        if (options.Lifetime < TimeSpan.FromMinutes(1) || options.Lifetime > TimeSpan.FromDays(1))
            failures.Add("AuditLinks:Lifetime must be between 00:01:00 and 1.00:00:00.");
        if (options.ChartLifetime < TimeSpan.FromHours(1) || options.ChartLifetime > TimeSpan.FromDays(30))
            failures.Add("AuditLinks:ChartLifetime must be between 01:00:00 and 30.00:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
