namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Custom domains (one app per hostname), SNI endpoints and Automated Certificate Management.</summary>
internal sealed partial class SimWorld
{
    public SimDomain AddDomain(SimApp app, string hostname, SimSniEndpoint? sniEndpoint)
    {
        var host = hostname.Trim().ToLowerInvariant();
        if (!Hostname().IsMatch(host) || host.Length > 253)
            throw HerokuApiException.InvalidParams($"hostname \"{hostname}\" is not a valid domain name.");
        if (host.EndsWith(".herokuapp.com", StringComparison.Ordinal))
            throw HerokuApiException.InvalidParams("herokuapp.com hostnames are managed by Heroku and cannot be added.");
        var holder = Apps.SelectMany(a => a.Domains).FirstOrDefault(d => d.Hostname == host);
        if (holder is not null)
        {
            throw HerokuApiException.InvalidParams(holder.App == app
                ? $"{host} is already added to {app.Name}."
                : $"{host} is currently in use by another app.");
        }

        var domain = new SimDomain
        {
            Id = NewId(),
            App = app,
            Hostname = host,
            Kind = "custom",
            Cname = $"{Pick(Words.Adjectives)}-{Pick(Words.Nouns)}-{Hex(24)}.herokudns.com",
            CreatedAt = Now,
            UpdatedAt = Now,
            Status = "pending",
            VerifiedAt = Now + Timings.DomainVerification,
            SniEndpoint = sniEndpoint,
        };
        if (app.Acm)
            StartAcm(domain);
        app.Domains.Add(domain);
        return domain;
    }

    public void SetAcm(SimApp app, bool enabled)
    {
        app.Acm = enabled;
        app.UpdatedAt = Now;
        foreach (var domain in app.Domains.Where(d => d.Kind == "custom"))
        {
            if (enabled)
            {
                StartAcm(domain);
                continue;
            }

            domain.AcmStatus = null;
            domain.AcmStatusReason = null;
            domain.AcmIssuedAt = null;
        }
    }

    /// <summary>Retries certificates that have not been issued yet.</summary>
    public void RefreshAcm(SimApp app)
    {
        if (!app.Acm)
            throw HerokuApiException.InvalidParams($"Automated Certificate Management is not enabled on {app.Name}.");
        foreach (var domain in app.Domains.Where(d => d.Kind == "custom" && d.AcmStatus != "cert issued"))
            StartAcm(domain);
    }

    public SimSniEndpoint AddSniEndpoint(SimApp app, string certificateChain, string privateKey)
    {
        var details = CertificateDetails.Read(certificateChain, privateKey);
        var endpoint = new SimSniEndpoint
        {
            Id = NewId(),
            App = app,
            Name = $"{Pick(Words.Dinosaurs)}-{Random.Next(10_000, 99_999)}",
            CertificateId = NewId(),
            CertificateChain = certificateChain,
            CertDomains = details.Domains,
            Issuer = details.Issuer,
            Subject = details.Subject,
            SelfSigned = details.SelfSigned,
            StartsAt = details.StartsAt,
            ExpiresAt = details.ExpiresAt,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        app.SniEndpoints.Add(endpoint);
        return endpoint;
    }

    public void ReplaceCertificate(SimSniEndpoint endpoint, string certificateChain, string privateKey)
    {
        var details = CertificateDetails.Read(certificateChain, privateKey);
        endpoint.CertificateId = NewId();
        endpoint.CertificateChain = certificateChain;
        endpoint.CertDomains = details.Domains;
        endpoint.Issuer = details.Issuer;
        endpoint.Subject = details.Subject;
        endpoint.SelfSigned = details.SelfSigned;
        endpoint.StartsAt = details.StartsAt;
        endpoint.ExpiresAt = details.ExpiresAt;
        endpoint.UpdatedAt = Now;
    }

    private void StartAcm(SimDomain domain)
    {
        domain.AcmStatus = "pending";
        domain.AcmStatusReason = null;
        domain.AcmIssuedAt = Now + Timings.AcmIssuance;
    }

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$")]
    private static partial Regex Hostname();
}
