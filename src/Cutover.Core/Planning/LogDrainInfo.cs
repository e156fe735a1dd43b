namespace Cutover.Core.Planning;

/// <summary>A log drain of the source app.</summary>
/// <param name="Url">Where the logs go. It may carry a token, so messages show <see cref="Host"/> only.</param>
/// <param name="Token">Heroku's drain token (<c>d.…</c>), the syslog identity the receiving side may filter on.</param>
public sealed record LogDrainInfo(string Url, string? Token)
{
    /// <summary>The scheme and host of <see cref="Url"/>, safe to show: <c>syslog+tls://logs.example.com</c>.</summary>
    public string Host => SafeUrl.Host(Url);
}
