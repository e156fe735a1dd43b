namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Spaces, their NAT, topology and trusted IP ranges (inbound ruleset).</summary>
internal static class SpaceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/spaces", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Spaces, s => Expansion.Of(http.Request, w).Apply(SpaceViews.Space(s, w.Now)), ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        api.MapGet("/spaces/{space}", (HttpContext http, HerokuSimulator sim, string space) =>
            sim.Run(w => HerokuResults.Json(Expansion.Of(http.Request, w).Apply(SpaceViews.Space(w.Space(space), w.Now)))));
        api.MapGet("/spaces/{space}/nat", (HerokuSimulator sim, string space) =>
            sim.Run(w => HerokuResults.Json(SpaceViews.Nat(w.Space(space), w.Now))));
        api.MapGet("/spaces/{space}/topology", (HerokuSimulator sim, string space) =>
            sim.Run(w =>
            {
                var found = w.Space(space);
                return HerokuResults.Json(SpaceViews.Topology(found, w.Apps.Where(a => a.Space == found)));
            }));
        api.MapGet("/spaces/{space}/inbound-ruleset", (HerokuSimulator sim, string space) =>
            sim.Run(w => HerokuResults.Json(SpaceViews.InboundRuleset(w.Space(space), w.Account.Email))));
        api.MapPut("/spaces/{space}/inbound-ruleset", async (HttpContext http, HerokuSimulator sim, string space) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var rules = (body.Array("rules") ?? throw HerokuApiException.InvalidParams("Missing required param: rules."))
                .Select((node, i) => node is JsonObject rule ? Rule(new RequestBody(rule), i) : throw HerokuApiException.InvalidParams($"rules[{i}] must be an object."))
                .ToList();
            return sim.Run(w =>
            {
                var found = w.Space(space);
                found.InboundRules = rules;
                found.InboundRulesetVersion++;
                found.InboundRulesetAt = w.Now;
                return HerokuResults.Json(SpaceViews.InboundRuleset(found, w.Account.Email));
            });
        });
    }

    /// <summary>A trusted IP rule: <c>allow</c> or <c>deny</c> a source in CIDR notation.</summary>
    private static (string Action, string Source) Rule(RequestBody rule, int index)
    {
        var action = rule.RequiredString("action");
        var source = rule.RequiredString("source");
        if (action is not ("allow" or "deny"))
            throw HerokuApiException.InvalidParams($"rules[{index}].action must be allow or deny.");
        if (!System.Net.IPNetwork.TryParse(source, out _))
            throw HerokuApiException.InvalidParams($"rules[{index}].source must be an IPv4 range in CIDR notation, e.g. 203.0.113.0/24.");
        return (action, source);
    }
}
