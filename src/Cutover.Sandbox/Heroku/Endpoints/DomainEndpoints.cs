namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Domains (one app per hostname; the answer carries the DNS target) and SNI endpoints.</summary>
internal static class DomainEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/domains", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, w.App(app).Domains, DomainViews.Domain, ("id", d => d.Id.ToString()), ("hostname", d => d.Hostname))));
        api.MapGet("/apps/{app}/domains/{domain}", (HerokuSimulator sim, string app, string domain) =>
            sim.Run(w => HerokuResults.Json(DomainViews.Domain(w.App(app).Domain(domain)))));
        api.MapPost("/apps/{app}/domains", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var hostname = body.RequiredString("hostname");
            if (!body.Has("sni_endpoint"))
                throw HerokuApiException.InvalidParams("Missing required param: sni_endpoint (send null to leave the domain without one).");
            return sim.Run(w =>
            {
                var target = w.App(app);
                var domain = w.AddDomain(target, hostname, Sni(target, body.Identity("sni_endpoint")));
                return HerokuResults.Created(DomainViews.Domain(domain));
            });
        });
        api.MapPatch("/apps/{app}/domains/{domain}", async (HttpContext http, HerokuSimulator sim, string app, string domain) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            if (!body.Has("sni_endpoint"))
                throw HerokuApiException.InvalidParams("Missing required param: sni_endpoint.");
            return sim.Run(w =>
            {
                var target = w.App(app);
                var found = target.Domain(domain);
                found.SniEndpoint = Sni(target, body.Identity("sni_endpoint"));
                found.UpdatedAt = w.Now;
                return HerokuResults.Json(DomainViews.Domain(found));
            });
        });
        api.MapDelete("/apps/{app}/domains/{domain}", (HerokuSimulator sim, string app, string domain) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var found = target.Domain(domain);
                target.RemoveDomain(found);
                return HerokuResults.Json(DomainViews.Domain(found));
            }));

        api.MapGet("/apps/{app}/sni-endpoints", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, w.App(app).SniEndpoints, DomainViews.SniEndpoint, ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        api.MapGet("/apps/{app}/sni-endpoints/{endpoint}", (HerokuSimulator sim, string app, string endpoint) =>
            sim.Run(w => HerokuResults.Json(DomainViews.SniEndpoint(w.App(app).SniEndpoint(endpoint)))));
        api.MapPost("/apps/{app}/sni-endpoints", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var (chain, key) = (body.RequiredString("certificate_chain"), body.RequiredString("private_key"));
            return sim.Run(w => HerokuResults.Created(DomainViews.SniEndpoint(w.AddSniEndpoint(w.App(app), chain, key))));
        });
        api.MapPatch("/apps/{app}/sni-endpoints/{endpoint}", async (HttpContext http, HerokuSimulator sim, string app, string endpoint) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var (chain, key) = (body.RequiredString("certificate_chain"), body.RequiredString("private_key"));
            return sim.Run(w =>
            {
                var found = w.App(app).SniEndpoint(endpoint);
                w.ReplaceCertificate(found, chain, key);
                return HerokuResults.Json(DomainViews.SniEndpoint(found));
            });
        });
        api.MapDelete("/apps/{app}/sni-endpoints/{endpoint}", (HerokuSimulator sim, string app, string endpoint) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var found = target.SniEndpoint(endpoint);
                var body = DomainViews.SniEndpoint(found);
                target.RemoveSniEndpoint(found);
                return HerokuResults.Json(body);
            }));
    }

    private static SimSniEndpoint? Sni(SimApp app, string? identity) =>
        identity is null ? null : app.SniEndpoint(identity);
}
