using System.Security.Cryptography.X509Certificates;

namespace Cutover.Sandbox.Heroku.Model;

/// <summary>What Heroku reads from an uploaded certificate chain and key; refuses what does not parse or match.</summary>
internal sealed record CertificateDetails(IReadOnlyList<string> Domains, string Issuer, string Subject, bool SelfSigned, DateTimeOffset StartsAt, DateTimeOffset ExpiresAt)
{
    public static CertificateDetails Read(string certificateChain, string privateKey)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(certificateChain, privateKey);
        }
        catch (CryptographicException exception)
        {
            throw HerokuApiException.InvalidParams($"certificate_chain and private_key must be a PEM certificate and its matching key: {exception.Message}");
        }

        using (certificate)
        {
            var domains = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>()
                .SelectMany(e => e.EnumerateDnsNames())
                .ToList();
            if (domains.Count == 0 && certificate.GetNameInfo(X509NameType.DnsName, forIssuer: false) is { Length: > 0 } commonName)
                domains.Add(commonName);
            return new CertificateDetails(domains, certificate.Issuer, certificate.Subject,
                certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData),
                new DateTimeOffset(certificate.NotBefore.ToUniversalTime()), new DateTimeOffset(certificate.NotAfter.ToUniversalTime()));
        }
    }
}
