namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>formation</c>, <c>dyno</c> and <c>dyno-size</c> resources.</summary>
internal static class FormationViews
{
    public static JsonObject Formation(SimApp app, SimFormation formation) => new()
    {
        ["app"] = new JsonObject { ["name"] = app.Name, ["id"] = Json.Id(app.Id) },
        ["command"] = formation.Command,
        ["created_at"] = Json.Time(formation.CreatedAt),
        ["dyno_size"] = Json.Ref(formation.Size.Id, formation.Size.Name),
        ["id"] = Json.Id(formation.Id),
        ["quantity"] = formation.Quantity,
        ["size"] = formation.Size.Name,
        ["type"] = formation.Type,
        ["updated_at"] = Json.Time(formation.UpdatedAt),
    };

    public static JsonObject Dyno(SimApp app, SimDyno dyno) => new()
    {
        ["attach_url"] = dyno.AttachUrl,
        ["command"] = dyno.Command,
        ["created_at"] = Json.Time(dyno.CreatedAt),
        ["id"] = Json.Id(dyno.Id),
        ["name"] = dyno.Name,
        ["release"] = new JsonObject { ["id"] = Json.Id(dyno.Release.Id), ["version"] = dyno.Release.Version },
        ["app"] = new JsonObject { ["name"] = app.Name, ["id"] = Json.Id(app.Id) },
        ["size"] = dyno.Size.Name,
        ["state"] = dyno.State,
        ["type"] = dyno.Type,
        ["updated_at"] = Json.Time(dyno.UpdatedAt),
    };

    public static JsonObject DynoSize(SimDynoSize size) => new()
    {
        ["architecture"] = size.Architecture,
        ["compute"] = size.Compute,
        ["cost"] = size.CostCents is { } cents ? new JsonObject { ["cents"] = cents, ["unit"] = "month" } : null,
        ["dedicated"] = size.Dedicated,
        ["precise_dyno_units"] = size.Units,
        ["generation"] = Json.Ref(size.Generation),
        ["id"] = Json.Id(size.Id),
        ["memory"] = size.Memory,
        ["name"] = size.Name,
        ["private_space_only"] = size.PrivateSpaceOnly,
    };
}
