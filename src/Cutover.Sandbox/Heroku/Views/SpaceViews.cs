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

    /// <summary>The NAT is enabled (with its stable outbound IPs) once the space is allocated.</summary>
    public static JsonObject Nat(SimSpace space, DateTimeOffset now) => new()
    {
        ["created_at"] = Json.Time(space.CreatedAt),
        ["sources"] = space.IsAllocated(now) ? Json.Strings(space.NatSources) : new JsonArray(),
        ["state"] = space.IsAllocated(now) ? "enabled" : "updating",
        ["updated_at"] = Json.Time(space.UpdatedAt(now)),
    };
}
