namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Refusals with Heroku's shape and a message that names what is wrong.</summary>
public sealed class SimulatorValidationTests : SimulatorTests
{
    public static TheoryData<string, string, string> BadAppNames => new()
    {
        // row, name, what the message must say
        { "upper case", "Demo_App", "lowercase letters" },
        { "starts with a digit", "9lives", "start with a letter" },
        { "too long", "a-name-that-is-much-too-long-for-heroku", "too long" },
        { "too short", "ab", "too short" },
        { "taken", "demo-app", "already taken" },
    };

    [Theory]
    [MemberData(nameof(BadAppNames))]
    public async Task TeamApp_BadName_Returns422InvalidParamsNamingTheProblem(string row, string name, string says)
    {
        var (status, body, _) = await Heroku.PostJsonAsync("teams/apps", new { name, space = "demo-space" });

        Assert.True(status == HttpStatusCode.UnprocessableEntity, row);
        Assert.Equal("invalid_params", (string?)body!["id"]);
        Assert.Contains(says, (string?)body["message"], StringComparison.Ordinal);
        Assert.Contains("Name", (string?)body["message"], StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, int, string> BadSurroundings => new()
    {
        // row, path, JSON body, status, what the message must say
        { "drain scheme", "apps/demo-app/log-drains", """{"url":"ftp://logs.example.com"}""", 422, "syslog://" },
        { "drain twice", "apps/demo-app/log-drains", """{"url":"syslog+tls://logs.example-siem.com:6514"}""", 422, "already been taken" },
        { "unknown user", "teams/apps/demo-app/collaborators", """{"user":"stranger@example.com","permissions":["view"]}""", 404, "user" },
        { "unknown permission", "teams/apps/demo-app/collaborators", """{"user":"newhire@acme.example.com","permissions":["root"]}""", 422, "root" },
        { "collaborator twice", "teams/apps/demo-app/collaborators", """{"user":"oncall@acme.example.com","permissions":["view"]}""", 422, "already a collaborator" },
        { "webhook level", "apps/demo-app/webhooks", """{"include":["api:release"],"level":"loud","url":"https://ci.example.com"}""", 422, "notify or sync" },
        { "webhook entity", "apps/demo-app/webhooks", """{"include":["api:everything"],"level":"notify","url":"https://ci.example.com"}""", 422, "api:everything" },
        { "stage", "pipeline-couplings", """{"app":"billing-worker","pipeline":"demo","stage":"prod"}""", 422, "production" },
        { "second pipeline", "pipeline-couplings", """{"app":"demo-app","pipeline":"demo","stage":"staging"}""", 422, "already in a pipeline" },
    };

    [Theory]
    [MemberData(nameof(BadSurroundings))]
    public async Task Surroundings_BadRequest_IsRefusedNamingTheProblem(string row, string path, string json, int status, string says)
    {
        var (actual, body, _) = await Heroku.SendJsonAsync(HttpMethod.Post, path, json);

        Assert.True((int)actual == status, $"{row}: {(int)actual} {body?.ToJsonString()}");
        Assert.Contains(says, (string?)body!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_WithWrongTypeOrInvalidJson_IsRefusedNamingTheField()
    {
        var wrongType = await Heroku.PatchJsonAsync("apps/demo-app", new { maintenance = "yes" });
        var notJson = await Heroku.SendJsonAsync(HttpMethod.Patch, "apps/demo-app", "{not json");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongType.Status);
        Assert.Contains("maintenance", (string?)wrongType.Body!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.Status);
        Assert.Equal("bad_request", (string?)notJson.Body!["id"]);
    }

    [Fact]
    public async Task Domain_HostnameHeldByAnotherApp_Returns422InUse()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "domain-target", space = "demo-space" });

        var taken = await Heroku.PostJsonAsync("apps/domain-target/domains", new { hostname = "www.demo-app.example.com", sni_endpoint = (string?)null });
        await Heroku.DeleteJsonAsync("apps/demo-app/domains/www.demo-app.example.com");
        var moved = await Heroku.PostJsonAsync("apps/domain-target/domains", new { hostname = "www.demo-app.example.com", sni_endpoint = (string?)null });
        var twice = await Heroku.PostJsonAsync("apps/domain-target/domains", new { hostname = "www.demo-app.example.com", sni_endpoint = (string?)null });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, taken.Status);
        Assert.Contains("is currently in use by another app", (string?)taken.Body!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, moved.Status);
        Assert.EndsWith(".herokudns.com", (string?)moved.Body!["cname"], StringComparison.Ordinal);
        Assert.Equal("pending", (string?)moved.Body["status"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.Status);
    }

    [Fact]
    public async Task Domain_WithoutSniEndpointKey_Returns422NamingIt()
    {
        var (status, body, _) = await Heroku.PostJsonAsync("apps/demo-app/domains", new { hostname = "shop.demo-app.example.com" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("sni_endpoint", (string?)body!["message"], StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> WrongSizes => new()
    {
        // row, app, size, runtime named in the message
        { "Common Runtime size in a Private Space", "internal-api", "Standard-2X", "Private Spaces" },
        { "Private size in the Common Runtime", "demo-app", "Private-S", "Common Runtime" },
        { "Shield size in the Common Runtime", "demo-app", "Shield-M", "Common Runtime" },
        { "Private size in a Shield Space", "shield-app", "Private-S", "Shield" },
        { "no such size", "demo-app", "Huge-9X", "Valid sizes" },
    };

    [Theory]
    [MemberData(nameof(WrongSizes))]
    public async Task Formation_SizeOfAnotherRuntime_Returns422AndChangesNothing(string row, string app, string size, string says)
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "shield-app", space = "demo-shield" });
        await Heroku.PostJsonAsync("apps/shield-app/releases", new { slug = await SlugOf("internal-api") });
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var before = await Heroku.GetJsonAsync($"apps/{app}/formation/web");

        var (status, body, _) = await Heroku.PatchJsonAsync($"apps/{app}/formation", new { updates = new[] { new { type = "web", quantity = 3, size } } });
        var after = await Heroku.GetJsonAsync($"apps/{app}/formation/web");

        Assert.True(status == HttpStatusCode.UnprocessableEntity, $"{row}: {(int)status}");
        Assert.Contains(says, (string?)body!["message"], StringComparison.Ordinal);
        Assert.Equal(before.Body!.ToJsonString(), after.Body!.ToJsonString());
    }

    [Fact]
    public async Task Formation_UnknownProcessType_Returns404()
    {
        var (status, body, _) = await Heroku.PatchJsonAsync("apps/demo-app/formation", new { updates = new[] { new { type = "clock", quantity = 1 } } });

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not_found", (string?)body!["id"]);
    }

    public static TheoryData<string, string, string, string> UninstallablePlans => new()
    {
        // row, app, plan, what the message must say
        { "Standard Postgres in a Private Space", "internal-api", "heroku-postgresql:standard-0", "heroku-postgresql:private-0" },
        { "Premium Redis in a Private Space", "internal-api", "heroku-redis:premium-0", "heroku-redis:private-7" },
        { "static-IP add-on in a Private Space", "internal-api", "fixie:tricycle", "fixie" },
        { "private plan in the Common Runtime", "demo-app", "heroku-postgresql:private-0", "only be installed on apps in a Private Space" },
        { "shield plan in a Private Space", "internal-api", "heroku-postgresql:shield-0", "Shield" },
        { "unknown plan", "demo-app", "heroku-postgresql:gigantic-9", "Couldn't find" },
    };

    [Theory]
    [MemberData(nameof(UninstallablePlans))]
    public async Task Addon_PlanNotInstallableWhereTheAppRuns_Returns422(string row, string app, string plan, string says)
    {
        var (status, body, _) = await Heroku.PostJsonAsync($"apps/{app}/addons", new { plan });

        Assert.True(status == HttpStatusCode.UnprocessableEntity, $"{row}: {(int)status} {body?.ToJsonString()}");
        Assert.Equal("invalid_params", (string?)body!["id"]);
        Assert.Contains(says, (string?)body["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addon_ExpensivePlanWithoutConfirm_Returns422ConfirmationRequiredThenAcceptsConfirm()
    {
        var refused = await Heroku.PostJsonAsync("apps/internal-api/addons", new { plan = "heroku-postgresql:private-4" });
        var confirmed = await Heroku.PostJsonAsync("apps/internal-api/addons", new { plan = "heroku-postgresql:private-4", confirm = "internal-api" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("confirmation_required", (string?)refused.Body!["id"]);
        Assert.Equal(HttpStatusCode.Created, confirmed.Status);
    }

    [Fact]
    public async Task Addon_FollowingAnEssentialDatabase_Returns422()
    {
        var (status, body, _) = await Heroku.PostJsonAsync("apps/internal-api/addons", new { plan = "heroku-postgresql:private-0", config = new { follow = "postgresql-fluffy-60213" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("does not support followers", (string?)body!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachment_RepointingAnExistingNameWithoutConfirm_Returns422ConfirmationRequired()
    {
        var second = await Heroku.PostJsonAsync("apps/internal-api/addons", new { plan = "heroku-postgresql:private-0", attachment = new { name = "NEW_DATABASE" } });
        Host.Clock.Advance(TimeSpan.FromMinutes(4));

        var refused = await Heroku.PostJsonAsync("addon-attachments", new { addon = (string)second.Body!["name"]!, app = "internal-api", name = "DATABASE" });
        var confirmed = await Heroku.PostJsonAsync("addon-attachments", new { addon = (string)second.Body["name"]!, app = "internal-api", name = "DATABASE", confirm = "internal-api" });
        var config = await Heroku.GetJsonAsync("apps/internal-api/config-vars");

        Assert.Equal("confirmation_required", (string?)refused.Body!["id"]);
        Assert.Equal(HttpStatusCode.Created, confirmed.Status);
        Assert.Equal((string?)config.Body!["NEW_DATABASE_URL"], (string?)config.Body["DATABASE_URL"]);
    }

    [Fact]
    public async Task ConfigVars_OwnedByAnAttachment_CannotBeOverwrittenOrRemoved()
    {
        var overwrite = await Heroku.PatchJsonAsync("apps/demo-app/config-vars", new { DATABASE_URL = "postgres://elsewhere" });
        var remove = await Heroku.PatchJsonAsync("apps/demo-app/config-vars", new Dictionary<string, string?> { ["REDIS_URL"] = null });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, overwrite.Status);
        Assert.Contains("DATABASE_URL", (string?)overwrite.Body!["message"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, remove.Status);
    }

    [Fact]
    public async Task ConfigVars_PatchWithNull_RemovesTheVarAndCreatesOneRelease()
    {
        var (status, body, _) = await Heroku.PatchJsonAsync("apps/demo-app/config-vars", new Dictionary<string, string?> { ["SENTRY_DSN"] = null, ["NEW_FLAG"] = "on" });
        var release = await Heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=1, order=desc");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body!["SENTRY_DSN"]);
        Assert.Equal("on", (string?)body["NEW_FLAG"]);
        Assert.Equal(13, (int)release.Body![0]!["version"]!);
        Assert.Equal("Update NEW_FLAG, SENTRY_DSN config vars", (string?)release.Body[0]!["description"]);
    }

    [Fact]
    public async Task Release_SlugOfAnotherStack_Returns422()
    {
        var (status, body, _) = await Heroku.PostJsonAsync("apps/demo-app/releases", new { slug = await SlugOf("billing-worker") });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("heroku-22", (string?)body!["message"], StringComparison.Ordinal);
    }

    private async Task<string> SlugOf(string app)
    {
        var (_, body, _) = await Heroku.GetJsonAsync($"apps/{app}/releases", "version ..; max=1, order=desc");
        return (string)body![0]!["slug"]!["id"]!;
    }
}
