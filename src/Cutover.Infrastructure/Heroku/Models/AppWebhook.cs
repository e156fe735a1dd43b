namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A subscription to an app's events (SCHEMA <c>app-webhook</c>).</summary>
public sealed record AppWebhook
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Where Heroku posts; it may carry a token.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The entities it hears about, e.g. <c>api:release</c>.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary><c>notify</c> or <c>sync</c>.</summary>
    public string Level { get; init; } = string.Empty;
}
