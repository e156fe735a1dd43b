using System.Security.Cryptography.X509Certificates;

namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Self-signed certificates for SNI endpoint tests, as PEM.</summary>
public static class TestCertificates
{
    public static (string CertificateChain, string PrivateKey) SelfSigned(params string[] hostnames)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={hostnames[0]}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var hostname in hostnames)
            names.AddDnsName(hostname);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(90));
        return (certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }
}
