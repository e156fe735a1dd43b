namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>add-on</c> and <c>add-on-attachment</c> resources.</summary>
internal static class AddonViews
{
    public static JsonObject Addon(SimWorld world, SimAddon addon) => new()
    {
        ["actions"] = new JsonArray(),
        ["addon_service"] = Json.Ref(addon.Service.Id, addon.Service.Name),
        ["billing_entity"] = new JsonObject { ["id"] = Json.Id(addon.BillingApp.Id), ["name"] = addon.BillingApp.Name, ["type"] = "app" },
        ["app"] = Json.AppRef(addon.BillingApp),
        ["billed_price"] = Price(addon.Plan),
        ["config_vars"] = Json.Strings(ConfigVars(world, addon)),
        ["created_at"] = Json.Time(addon.CreatedAt),
        ["id"] = Json.Id(addon.Id),
        ["name"] = addon.Name,
        ["plan"] = Json.Ref(addon.Plan.Id, addon.Plan.FullName),
        ["provider_id"] = addon.ProviderId,
        ["provision_message"] = addon.ProvisionMessage,
        ["state"] = addon.State,
        ["updated_at"] = Json.Time(addon.UpdatedAt),
        ["web_url"] = WebUrl(addon),
    };

    /// <param name="attachment">The attachment.</param>
    /// <param name="inclusions">
    /// <c>Accept-Inclusion</c> values the CLI sends (<c>addon:plan</c>, <c>config_vars</c>); they add fields the
    /// schema does not declare, so only callers that ask get them.
    /// </param>
    public static JsonObject Attachment(SimAttachment attachment, IReadOnlySet<string> inclusions)
    {
        var addon = new JsonObject
        {
            ["id"] = Json.Id(attachment.Addon.Id),
            ["name"] = attachment.Addon.Name,
            ["app"] = Json.AppRef(attachment.Addon.BillingApp),
        };
        if (inclusions.Contains("addon:plan"))
            addon["plan"] = Json.Ref(attachment.Addon.Plan.Id, attachment.Addon.Plan.FullName);
        var body = new JsonObject
        {
            ["addon"] = addon,
            ["app"] = Json.AppRef(attachment.App),
            ["created_at"] = Json.Time(attachment.CreatedAt),
            ["id"] = Json.Id(attachment.Id),
            ["name"] = attachment.Name,
            ["namespace"] = attachment.Namespace,
            ["updated_at"] = Json.Time(attachment.UpdatedAt),
            ["web_url"] = WebUrl(attachment.Addon),
            ["log_input_url"] = null,
        };
        if (inclusions.Contains("config_vars"))
            body["config_vars"] = Json.Strings(attachment.ConfigVarNames);
        return body;
    }

    public static JsonObject Service(SimAddonService service) => new()
    {
        ["cli_plugin_name"] = service.Data switch { "postgres" => "heroku-pg", "redis" => "heroku-redis", "kafka" => "heroku-kafka", _ => null },
        ["created_at"] = Json.Time(service.CreatedAt),
        ["human_name"] = service.HumanName,
        ["id"] = Json.Id(service.Id),
        ["name"] = service.Name,
        ["state"] = "ga",
        ["supports_multiple_installations"] = true,
        ["supports_sharing"] = true,
        ["updated_at"] = Json.Time(service.CreatedAt),
        ["supported_generations"] = new JsonArray([.. service.Generations.Select(g => (JsonNode)new JsonObject { ["name"] = g.Name, ["id"] = Json.Id(g.Id) })]),
    };

    public static JsonObject Plan(SimPlan plan) => new()
    {
        ["addon_service"] = Json.Ref(plan.Service.Id, plan.Service.Name),
        ["created_at"] = Json.Time(plan.CreatedAt),
        ["compliance"] = plan.Compliance is { } compliance ? Json.Strings(compliance) : null,
        ["default"] = plan.Default,
        ["description"] = $"{plan.Service.HumanName} {plan.HumanName}",
        ["human_name"] = plan.HumanName,
        ["id"] = Json.Id(plan.Id),
        ["installable_inside_private_network"] = plan.InstallableInside,
        ["installable_outside_private_network"] = plan.InstallableOutside,
        ["name"] = plan.FullName,
        ["price"] = Price(plan),
        ["space_default"] = plan.SpaceDefault,
        ["state"] = "public",
        ["updated_at"] = Json.Time(plan.CreatedAt),
        ["visible"] = true,
    };

    public static JsonObject RegionCapability(SimAddonService service, SimRegion region) => new()
    {
        ["id"] = Json.Id(StableId.For("addon-region-capability", $"{service.Name}/{region.Name}")),
        ["supports_private_networking"] = service.PrivateNetworkingRegions.Contains(region.Name),
        ["addon_service"] = Service(service),
        ["region"] = CatalogViews.Region(region),
    };

    /// <summary>Config vars the add-on exposes to its billing app, once provisioned.</summary>
    private static IEnumerable<string> ConfigVars(SimWorld world, SimAddon addon) =>
        addon.State == SimAddon.Provisioned
            ? world.AttachmentsOf(addon).Where(t => t.App == addon.BillingApp).SelectMany(t => t.ConfigVarNames)
            : [];

    private static JsonObject Price(SimPlan plan) => new() { ["cents"] = plan.PriceCents, ["contract"] = false, ["unit"] = "month" };

    private static string WebUrl(SimAddon addon) =>
        addon.Service.Data == "none"
            ? $"https://addons-sso.heroku.com/apps/{Json.Id(addon.BillingApp.Id)}/addons/{Json.Id(addon.Id)}"
            : $"https://data.heroku.com/datastores/{Json.Id(addon.Id)}";
}
