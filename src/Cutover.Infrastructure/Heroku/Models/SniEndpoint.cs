namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An uploaded TLS certificate serving an app's domains (SCHEMA <c>sni-endpoint</c>).</summary>
public sealed record SniEndpoint
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Display name, if set.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Ids of the domains it serves.</summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>The certificate's details.</summary>
    public SslCert? SslCert { get; init; }

    /// <summary>The app.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>When the endpoint was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the endpoint was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
