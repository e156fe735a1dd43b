namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The <c>ssl_cert</c> of an <see cref="SniEndpoint"/>.</summary>
public sealed record SslCert
{
    /// <summary>Certificate id.</summary>
    public string? Id { get; init; }

    /// <summary>Domains the certificate covers.</summary>
    public IReadOnlyList<string> CertDomains { get; init; } = [];

    /// <summary>Issuer distinguished name.</summary>
    public string? Issuer { get; init; }

    /// <summary>Subject distinguished name.</summary>
    public string? Subject { get; init; }

    /// <summary>Start of validity.</summary>
    public DateTimeOffset? StartsAt { get; init; }

    /// <summary>End of validity.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>Whether a certificate authority signed it.</summary>
    [JsonPropertyName("ca_signed?")]
    public bool CaSigned { get; init; }

    /// <summary>Whether it is self-signed.</summary>
    [JsonPropertyName("self_signed?")]
    public bool SelfSigned { get; init; }
}
