namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>domain</c>, <c>sni-endpoint</c> and <c>log-session</c> resources.</summary>
internal static class DomainViews
{
    public static JsonObject Domain(SimDomain domain) => new()
    {
        ["acm_status"] = domain.AcmStatus,
        ["acm_status_reason"] = domain.AcmStatusReason,
        ["app"] = new JsonObject { ["name"] = domain.App.Name, ["id"] = Json.Id(domain.App.Id) },
        ["cname"] = domain.Cname,
        ["created_at"] = Json.Time(domain.CreatedAt),
        ["hostname"] = domain.Hostname,
        ["id"] = Json.Id(domain.Id),
        ["kind"] = domain.Kind,
        ["updated_at"] = Json.Time(domain.UpdatedAt),
        ["status"] = domain.Status,
        ["sni_endpoint"] = domain.SniEndpoint is { } sni ? new JsonObject { ["name"] = sni.Name, ["id"] = Json.Id(sni.Id) } : null,
    };

    public static JsonObject SniEndpoint(SimSniEndpoint endpoint) => new()
    {
        ["certificate_chain"] = endpoint.CertificateChain,
        ["created_at"] = Json.Time(endpoint.CreatedAt),
        ["id"] = Json.Id(endpoint.Id),
        ["name"] = endpoint.Name,
        ["updated_at"] = Json.Time(endpoint.UpdatedAt),
        ["display_name"] = null,
        ["domains"] = Json.Strings(endpoint.App.Domains.Where(d => d.SniEndpoint == endpoint).Select(d => Json.Id(d.Id))),
        ["app"] = Json.AppRef(endpoint.App),
        ["ssl_cert"] = new JsonObject
        {
            ["ca_signed?"] = !endpoint.SelfSigned,
            ["cert_domains"] = Json.Strings(endpoint.CertDomains),
            ["expires_at"] = Json.Time(endpoint.ExpiresAt),
            ["issuer"] = endpoint.Issuer,
            ["self_signed?"] = endpoint.SelfSigned,
            ["starts_at"] = Json.Time(endpoint.StartsAt),
            ["subject"] = endpoint.Subject,
            ["id"] = Json.Id(endpoint.CertificateId),
        },
    };

    public static JsonObject LogSession(SimLogSession session, string baseUrl) => new()
    {
        ["created_at"] = Json.Time(session.CreatedAt),
        ["id"] = Json.Id(session.Id),
        ["logplex_url"] = $"{baseUrl}/logplex/sessions/{Json.Id(session.Id)}?srv={session.CreatedAt.ToUnixTimeSeconds()}",
        ["updated_at"] = Json.Time(session.CreatedAt),
    };
}
