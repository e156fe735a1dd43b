namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An uploaded certificate (SNI endpoint) and what was read from it.</summary>
internal sealed class SimSniEndpoint
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required string Name { get; init; }

    public required Guid CertificateId { get; set; }

    public required string CertificateChain { get; set; }

    public required IReadOnlyList<string> CertDomains { get; set; }

    public required string Issuer { get; set; }

    public required string Subject { get; set; }

    public required bool SelfSigned { get; set; }

    public required DateTimeOffset StartsAt { get; set; }

    public required DateTimeOffset ExpiresAt { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }
}
