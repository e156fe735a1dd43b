namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>space</c> and <c>space-nat</c> resources.</summary>
internal static class SpaceViews
{
    public static JsonObject Space(SimSpace space, DateTimeOffset now) => new()
    {
        ["created_at"] = Json.Time(space.CreatedAt),
        ["id"] = Json.Id(space.Id),
        ["name"] = space.Name,
        ["organization"] = new JsonObject { ["name"] = space.Team.Name },
        ["team"] = Json.Ref(space.Team.Id, space.Team.Name),
        ["region"] = Json.Ref(space.Region),
        ["shield"] = space.Shield,
        ["state"] = space.State(now),
        ["updated_at"] = Json.Time(space.UpdatedAt(now)),
        ["cidr"] = space.Cidr,
        ["data_cidr"] = space.DataCidr,
        ["generation"] = Json.Ref(space.Generation),
    };

    public static JsonObject InboundRuleset(SimSpace space, string createdBy) => new()
    {
        ["id"] = Json.Id(StableId.For("inbound-ruleset", $"{space.Id}/{space.InboundRulesetVersion}")),
        ["space"] = Json.Ref(space.Id, space.Name),
        ["created_at"] = Json.Time(space.InboundRulesetAt ?? space.AllocatedAt),
        ["created_by"] = createdBy,
        ["rules"] = new JsonArray([.. space.InboundRules.Select(r => (JsonNode)new JsonObject { ["action"] = r.Action, ["source"] = r.Source })]),
    };

    /// <summary>
    /// The apps of a space with their domains and running dynos (private IPs in the space's CIDR, localspace
    /// hostnames). Each app carries <c>formation</c> as the schema names it and <c>formations</c> as the CLI's
    /// <c>spaces:topology</c> reads it.
    /// </summary>
    public static JsonObject Topology(SimSpace space, IEnumerable<SimApp> apps) => new()
    {
        ["version"] = 1,
        ["apps"] = new JsonArray([.. apps.Select(app => (JsonNode)new JsonObject
        {
            ["id"] = Json.Id(app.Id),
            ["domains"] = Json.Strings(app.Domains.Select(d => d.Hostname).Order(StringComparer.Ordinal)),
            ["formation"] = TopologyFormations(space, app),
            ["formations"] = TopologyFormations(space, app),
        })]),
    };

    private static JsonArray TopologyFormations(SimSpace space, SimApp app) =>
        new([.. app.Formation.Select(f => (JsonNode)new JsonObject
        {
            ["id"] = Json.Id(f.Id),
            ["process_type"] = f.Type,
            ["dynos"] = new JsonArray([.. app.Dynos.Where(d => d.Type == f.Type && d.ExpiresAt is null).Select(d => (JsonNode)new JsonObject
            {
                ["id"] = Json.Id(d.Id),
                ["number"] = Number(d),
                ["private_ip"] = PrivateIp(space, d),
                ["hostname"] = $"{Number(d)}.{f.Type}.{app.Name}.app.localspace",
            })]),
        })]);

    private static int Number(SimDyno dyno) =>
        int.TryParse(dyno.Name.AsSpan(dyno.Name.LastIndexOf('.') + 1), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <summary>An address in the space's CIDR derived from the dyno id (stable for the dyno's life).</summary>
    private static string PrivateIp(SimSpace space, SimDyno dyno)
    {
        var network = space.Cidr.Split('/')[0].Split('.');
        var bytes = dyno.Id.ToByteArray();
        return $"{network[0]}.{network[1]}.{bytes[0] % 250 + 1}.{bytes[1] % 250 + 2}";
    }

    /// <summary>The NAT is enabled (with its stable outbound IPs) once the space is allocated.</summary>
    public static JsonObject Nat(SimSpace space, DateTimeOffset now) => new()
    {
        ["created_at"] = Json.Time(space.CreatedAt),
        ["sources"] = space.IsAllocated(now) ? Json.Strings(space.NatSources) : new JsonArray(),
        ["state"] = space.IsAllocated(now) ? "enabled" : "updating",
        ["updated_at"] = Json.Time(space.UpdatedAt(now)),
    };
}
