namespace Cutover.Sandbox.Heroku.Views;

/// <summary>Who may do what: the <c>collaborator</c>, <c>team-member</c> and <c>team-app-permission</c> resources.</summary>
internal static class AccessViews
{
    /// <summary>Heroku's team app permissions (https://devcenter.heroku.com/articles/app-permissions).</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> Permissions =
    [
        ("deploy", "Create releases, scale and restart dynos, run one-off dynos, and manage add-ons."),
        ("manage", "Manage app settings, domains, collaborators and add-ons, and delete the app."),
        ("operate", "Scale and restart dynos, and view and change config vars."),
        ("view", "View the app, its logs, add-ons and settings."),
    ];

    public static JsonObject Permission((string Name, string Description) permission) =>
        new() { ["name"] = permission.Name, ["description"] = permission.Description };

    /// <summary>The account as an admin collaborator of a team app (with every permission), or the owner of a personal one.</summary>
    public static JsonObject Collaborator(SimApp app, SimAccount account) => new()
    {
        ["app"] = Json.AppRef(app),
        ["created_at"] = Json.Time(app.CreatedAt),
        ["id"] = Json.Id(StableId.For("collaborator", $"{app.Id}/{account.Id}")),
        ["permissions"] = app.Team is null ? new JsonArray() : new JsonArray([.. Permissions.Select(p => (JsonNode)Permission(p))]),
        ["role"] = app.Team is null ? "owner" : "admin",
        ["updated_at"] = Json.Time(app.CreatedAt),
        ["user"] = new JsonObject { ["email"] = account.Email, ["federated"] = false, ["id"] = Json.Id(account.Id) },
    };

    /// <summary>A person given access to the app: a <c>collaborator</c>, with their permissions on a team app.</summary>
    public static JsonObject Collaborator(SimApp app, SimCollaborator collaborator) => new()
    {
        ["app"] = Json.AppRef(app),
        ["created_at"] = Json.Time(collaborator.CreatedAt),
        ["id"] = Json.Id(collaborator.Id),
        ["permissions"] = new JsonArray([.. Permissions.Where(p => collaborator.Permissions.Contains(p.Name)).Select(p => (JsonNode)Permission(p))]),
        ["role"] = "collaborator",
        ["updated_at"] = Json.Time(collaborator.UpdatedAt),
        ["user"] = new JsonObject { ["email"] = collaborator.Email, ["federated"] = false, ["id"] = Json.Id(StableId.For("account", collaborator.Email)) },
    };

    public static JsonObject Member(SimTeam team, SimAccount account) => new()
    {
        ["created_at"] = Json.Time(team.CreatedAt),
        ["email"] = account.Email,
        ["federated"] = false,
        ["id"] = Json.Id(StableId.For("team-member", $"{team.Id}/{account.Id}")),
        ["identity_provider"] = null,
        ["role"] = "admin",
        ["two_factor_authentication"] = true,
        ["updated_at"] = Json.Time(team.CreatedAt),
        ["user"] = new JsonObject { ["email"] = account.Email, ["id"] = Json.Id(account.Id), ["name"] = account.Name },
    };

    /// <summary>The team feature that gives team apps fine-grained permissions (the CLI's <c>access:add</c> checks it).</summary>
    public static JsonObject OrgAccessControls(SimTeam team) => new()
    {
        ["created_at"] = Json.Time(team.CreatedAt),
        ["description"] = "Fine-grained access controls (deploy, manage, operate, view) on the team's apps.",
        ["display_name"] = "Team app permissions",
        ["doc_url"] = "https://devcenter.heroku.com/articles/app-permissions",
        ["enabled"] = true,
        ["feedback_email"] = "feedback@heroku.com",
        ["id"] = Json.Id(StableId.For("team-feature", $"{team.Id}/org-access-controls")),
        ["name"] = "org-access-controls",
        ["state"] = "public",
        ["updated_at"] = Json.Time(team.CreatedAt),
    };

    /// <summary>The log drain a logging add-on adds to the app it is attached to.</summary>
    public static JsonObject AddonDrain(SimAttachment attachment, string host)
    {
        var addon = attachment.Addon;
        var id = StableId.For("log-drain", $"{addon.Id}/{attachment.App.Id}");
        return new JsonObject
        {
            ["addon"] = new JsonObject { ["id"] = Json.Id(addon.Id), ["name"] = addon.Name, ["app"] = Json.AppRef(addon.BillingApp) },
            ["app"] = Json.AppRef(attachment.App),
            ["created_at"] = Json.Time(attachment.CreatedAt),
            ["id"] = Json.Id(id),
            ["token"] = "d." + Json.Id(StableId.For("log-drain-token", id.ToString())),
            ["updated_at"] = Json.Time(attachment.CreatedAt),
            ["url"] = $"{host}:{10_000 + (BitConverter.ToUInt16(addon.Id.ToByteArray(), 0) % 50_000)}",
        };
    }
}
