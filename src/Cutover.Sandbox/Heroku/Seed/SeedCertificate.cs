using System.Security.Cryptography.X509Certificates;

namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>
/// The certificate a seeded app has uploaded (an SNI endpoint): a leaf for the given hostnames, issued by a
/// sandbox CA so Heroku reads it as CA-signed, valid from a month before the seed time for a year.
/// Keys are made at load time; nothing secret is stored in the seed.
/// </summary>
internal static class SeedCertificate
{
    public static (string Chain, string PrivateKey) Issue(IReadOnlyList<string> hostnames, DateTimeOffset now)
    {
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=Cutover Sandbox CA, O=Cutover Sandbox", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var ca = caRequest.CreateSelfSigned(now - TimeSpan.FromDays(400), now + TimeSpan.FromDays(3650));

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={hostnames[0]}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        foreach (var hostname in hostnames)
            names.AddDnsName(hostname);
        request.CertificateExtensions.Add(names.Build());
        var serial = RandomNumberGenerator.GetBytes(16);
        using var leaf = request.Create(ca, now - TimeSpan.FromDays(30), now + TimeSpan.FromDays(335), serial);
        return (leaf.ExportCertificatePem() + "\n" + ca.ExportCertificatePem() + "\n", key.ExportPkcs8PrivateKeyPem());
    }
}
