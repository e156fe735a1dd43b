namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Where an app's logs go (SCHEMA <c>log-drain</c>).</summary>
public sealed record LogDrain
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The drain's URL; it may carry credentials.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The syslog token, e.g. <c>d.01234567-89ab-cdef-0123-456789abcdef</c>.</summary>
    public string? Token { get; init; }

    /// <summary>The add-on the drain belongs to, or null for a drain added to the app itself.</summary>
    public ResourceRef? Addon { get; init; }
}
