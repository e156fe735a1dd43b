namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>app</c>, <c>team-app</c>, <c>app-feature</c>, <c>team</c> and <c>account</c> resources.</summary>
internal static class AppViews
{
    public static JsonObject App(SimApp app)
    {
        var current = app.CurrentRelease;
        return new JsonObject
        {
            ["acm"] = app.Acm,
            ["archived_at"] = null,
            ["buildpack_provided_description"] = current?.Slug?.BuildpackDescription,
            ["build_stack"] = Json.Ref(app.BuildStack),
            ["created_at"] = Json.Time(app.CreatedAt),
            ["generation"] = Json.Ref(app.Generation),
            ["git_url"] = $"https://git.heroku.com/{app.Name}.git",
            ["id"] = Json.Id(app.Id),
            ["internal_routing"] = app.InternalRouting,
            ["maintenance"] = app.Maintenance,
            ["name"] = app.Name,
            ["owner"] = Owner(app),
            ["organization"] = app.Team is { } organization ? Json.Ref(organization.Id, organization.Name) : null,
            ["team"] = app.Team is { } team ? Json.Ref(team.Id, team.Name) : null,
            ["region"] = Json.Ref(app.Region),
            ["released_at"] = Json.Time(current?.UpdatedAt),
            ["repo_size"] = null,
            ["slug_size"] = current?.Slug?.Size,
            ["space"] = app.Space is { } space ? new JsonObject { ["id"] = Json.Id(space.Id), ["name"] = space.Name, ["shield"] = space.Shield } : null,
            ["stack"] = Json.Ref(app.Stack),
            ["updated_at"] = Json.Time(app.UpdatedAt),
            ["web_url"] = app.WebUrl,
        };
    }

    public static JsonObject TeamApp(SimApp app)
    {
        var current = app.CurrentRelease;
        return new JsonObject
        {
            ["archived_at"] = null,
            ["buildpack_provided_description"] = current?.Slug?.BuildpackDescription,
            ["build_stack"] = Json.Ref(app.BuildStack),
            ["created_at"] = Json.Time(app.CreatedAt),
            ["git_url"] = $"https://git.heroku.com/{app.Name}.git",
            ["id"] = Json.Id(app.Id),
            ["internal_routing"] = app.InternalRouting,
            ["joined"] = false,
            ["locked"] = app.Locked,
            ["maintenance"] = app.Maintenance,
            ["name"] = app.Name,
            ["team"] = app.Team is { } team ? new JsonObject { ["name"] = team.Name } : null,
            ["owner"] = Owner(app),
            ["region"] = Json.Ref(app.Region),
            ["released_at"] = Json.Time(current?.UpdatedAt),
            ["repo_size"] = null,
            ["slug_size"] = current?.Slug?.Size,
            ["space"] = app.Space is { } space ? Json.Ref(space.Id, space.Name) : null,
            ["stack"] = Json.Ref(app.Stack),
            ["updated_at"] = Json.Time(app.UpdatedAt),
            ["web_url"] = app.WebUrl,
        };
    }

    public static JsonObject Feature(SimApp app, SimFeatureDefinition feature) =>
        Feature(feature, app.Features.Contains(feature.Name), app.UpdatedAt);

    /// <summary>An <c>account-feature</c>: the same fields as an app feature.</summary>
    public static JsonObject Feature(SimFeatureDefinition feature, bool enabled, DateTimeOffset updatedAt) => new()
    {
        ["created_at"] = Json.Time(feature.CreatedAt),
        ["description"] = feature.Description,
        ["doc_url"] = $"https://devcenter.heroku.com/articles/{feature.Name}",
        ["enabled"] = enabled,
        ["id"] = Json.Id(feature.Id),
        ["name"] = feature.Name,
        ["state"] = feature.State,
        ["updated_at"] = Json.Time(updatedAt),
        ["display_name"] = feature.DisplayName,
        ["feedback_email"] = $"{feature.Name}-feedback@heroku.com",
    };

    public static JsonObject Team(SimTeam team) => new()
    {
        ["id"] = Json.Id(team.Id),
        ["created_at"] = Json.Time(team.CreatedAt),
        ["credit_card_collections"] = false,
        ["default"] = true,
        ["enterprise_account"] = null,
        ["identity_provider"] = null,
        ["membership_limit"] = null,
        ["name"] = team.Name,
        ["provisioned_licenses"] = false,
        ["role"] = "admin",
        ["type"] = "team",
        ["updated_at"] = Json.Time(team.CreatedAt),
    };

    public static JsonObject Account(SimAccount account, SimTeam team) => new()
    {
        ["allow_tracking"] = false,
        ["beta"] = false,
        ["created_at"] = Json.Time(account.CreatedAt),
        ["email"] = account.Email,
        ["federated"] = false,
        ["id"] = Json.Id(account.Id),
        ["identity_provider"] = null,
        ["last_login"] = Json.Time(account.CreatedAt),
        ["name"] = account.Name,
        ["sms_number"] = null,
        ["suspended_at"] = null,
        ["delinquent_at"] = null,
        ["two_factor_authentication"] = true,
        ["updated_at"] = Json.Time(account.CreatedAt),
        ["verified"] = true,
        ["country_of_residence"] = null,
        ["default_organization"] = Json.Ref(team.Id, team.Name),
        ["default_team"] = Json.Ref(team.Id, team.Name),
    };

    /// <summary>Team apps are owned by the team's pseudo-user, personal apps by the account.</summary>
    private static JsonObject Owner(SimApp app) =>
        app.Team is { } team
            ? new JsonObject { ["email"] = team.OwnerEmail, ["id"] = Json.Id(team.Id) }
            : new JsonObject { ["email"] = app.Owner.Email, ["id"] = Json.Id(app.Owner.Id) };
}
