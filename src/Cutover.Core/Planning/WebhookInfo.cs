namespace Cutover.Core.Planning;

/// <summary>An app webhook of the source app.</summary>
/// <param name="Url">Where Heroku posts. It may carry a token (chat incoming webhooks do), so messages show <see cref="Host"/> only.</param>
/// <param name="Include">The entities it hears about, e.g. <c>api:release</c>.</param>
/// <param name="Level"><c>notify</c> or <c>sync</c>.</param>
public sealed record WebhookInfo(string Url, IReadOnlyList<string> Include, string Level)
{
    /// <summary>The scheme and host of <see cref="Url"/>, safe to show.</summary>
    public string Host => SafeUrl.Host(Url);
}
