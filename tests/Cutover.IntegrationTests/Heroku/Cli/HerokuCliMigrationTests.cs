namespace Cutover.IntegrationTests.Heroku.Cli;

/// <summary>
/// A hand-made migration into a Private Space, typed as a person would type it into the official Heroku CLI,
/// against the simulator: each command must exit 0 and leave the state it claims (read back over the API).
/// </summary>
public sealed class HerokuCliMigrationTests : HerokuCliTests
{
    [Fact]
    public async Task FollowerMigration_TypedIntoTheCli_MovesTheAppIntoTheSpace()
    {
        await Cli.RunAsync("maintenance:on", "-a", "demo-app");
        Assert.True((bool)(await Get("apps/demo-app"))["maintenance"]!);

        Assert.Contains("demo-app-ps", await Cli.RunAsync("apps:create", "demo-app-ps", "--space", "demo-space"), StringComparison.Ordinal);
        Assert.Equal("demo-space", (string?)(await Get("apps/demo-app-ps"))["space"]!["name"]);
        await Cli.RunAsync("maintenance:on", "-a", "demo-app-ps");

        await Cli.RunAsync("config:set", "ASPNETCORE_ENVIRONMENT=Production", "FEATURE_CHECKOUT_V2=true", "-a", "demo-app-ps");
        var config = await Get("apps/demo-app-ps/config-vars");
        Assert.Equal(("Production", "true"), ((string?)config["ASPNETCORE_ENVIRONMENT"], (string?)config["FEATURE_CHECKOUT_V2"]));

        var created = await Cli.RunAsync("addons:create", "heroku-postgresql:private-0", "-a", "demo-app-ps", "--as", "DATABASE_FOLLOWER", "--", "--follow", "postgresql-curved-24817");
        var follower = (await Get("apps/demo-app-ps/addons/DATABASE_FOLLOWER"))!;
        Assert.Contains((string)follower["name"]!, created, StringComparison.Ordinal);
        Assert.Equal("postgresql-curved-24817", (string?)(await Get($"client/v11/databases/{(string)follower["id"]!}"))["leader"]);

        await Cli.RunAsync("pg:wait", "-a", "demo-app-ps");
        Assert.Equal("provisioned", (string?)(await Get("apps/demo-app-ps/addons/DATABASE_FOLLOWER"))["state"]);

        // The code moves by the Platform API, as Heroku documents it (no CLI command copies a slug):
        // https://devcenter.heroku.com/articles/platform-api-copying-slugs
        var current = (await Heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=1, order=desc")).Body![0]!;
        Assert.Equal(HttpStatusCode.Created, (await Heroku.PostJsonAsync("apps/demo-app-ps/releases", new { slug = (string)current["slug"]!["id"]! })).Status);

        Assert.Contains("web at 2:Private-M", await Cli.RunAsync("ps:scale", "web=2:Private-M", "worker=1", "-a", "demo-app-ps"), StringComparison.Ordinal);
        var formation = (await Get("apps/demo-app-ps/formation")).AsArray();
        Assert.Equal((2, "Private-M"), Formation(formation, "web"));
        Assert.Equal(1, Formation(formation, "worker").Quantity);

        await Cli.RunAsync("pg:unfollow", "DATABASE_FOLLOWER", "-a", "demo-app-ps", "--confirm", "demo-app-ps");
        Assert.Null((await Get($"client/v11/databases/{(string)follower["id"]!}"))["leader"]);

        await Cli.RunAsync("pg:promote", "DATABASE_FOLLOWER", "-a", "demo-app-ps");
        config = await Get("apps/demo-app-ps/config-vars");
        Assert.Equal((string?)config["DATABASE_FOLLOWER_URL"], (string?)config["DATABASE_URL"]);

        await Cli.RunAsync("domains:remove", "www.demo-app.example.com", "-a", "demo-app");
        Assert.Contains("herokudns.com", await Cli.RunAsync("domains:add", "www.demo-app.example.com", "-a", "demo-app-ps"), StringComparison.Ordinal);
        Assert.Equal("custom", (string?)(await Get("apps/demo-app-ps/domains/www.demo-app.example.com"))["kind"]);

        await Cli.RunAsync("maintenance:off", "-a", "demo-app-ps");
        Assert.False((bool)(await Get("apps/demo-app-ps"))["maintenance"]!);

        var leaderId = (string)(await Get("apps/demo-app/addons/postgresql-curved-24817"))["id"]!;
        await Cli.RunAsync("apps:destroy", "demo-app", "--confirm", "demo-app");
        Assert.Equal(HttpStatusCode.NotFound, (await Heroku.GetJsonAsync("apps/demo-app")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Heroku.GetJsonAsync($"client/v11/databases/{leaderId}")).Status);
        Assert.DoesNotContain("demo-app\n", await Cli.RunAsync("apps"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EssentialCopyWithDowntime_TypedIntoTheCli_CopiesTheDataIntoTheSpace()
    {
        var source = await Get("client/v11/databases/postgresql-fluffy-60213");

        await Cli.RunAsync("maintenance:on", "-a", "marketing-site");
        await Cli.RunAsync("apps:create", "marketing-site-ps", "--space", "demo-space");
        Assert.Contains("Created", await Cli.RunAsync("addons:create", "heroku-postgresql:private-0", "-a", "marketing-site-ps", "--wait"), StringComparison.Ordinal);
        Assert.Equal("provisioned", (string?)(await Get("apps/marketing-site-ps/addons/DATABASE"))["state"]);

        Assert.Contains("Backing up DATABASE to b001", await Cli.RunAsync("pg:backups:capture", "-a", "marketing-site"), StringComparison.Ordinal);
        var backup = (await Get("client/v11/apps/marketing-site/transfers")).AsArray().Single()!;
        Assert.True((bool)backup["succeeded"]!);

        await Cli.RunAsync("pg:copy", "marketing-site::DATABASE_URL", "DATABASE_URL", "-a", "marketing-site-ps", "--confirm", "DATABASE");
        var target = await Get($"client/v11/databases/{(string)(await Get("apps/marketing-site-ps/addons/DATABASE"))["id"]!}");
        Assert.Equal(((long)source["num_bytes"]!, (int)source["num_tables"]!), ((long)target["num_bytes"]!, (int)target["num_tables"]!));

        var backups = await Cli.RunAsync("pg:backups", "-a", "marketing-site-ps");
        Assert.Contains("c001", backups, StringComparison.Ordinal);
        Assert.Contains("Completed", backups, StringComparison.Ordinal);
        var info = await Cli.RunAsync("pg:info", "-a", "marketing-site-ps");
        Assert.Equal(((int)target["num_tables"]!).ToString(CultureInfo.InvariantCulture), Field(info, "Tables"));
        Assert.Contains("log-statement:", await Cli.RunAsync("pg:settings", "-a", "marketing-site-ps"), StringComparison.Ordinal);
        Assert.Contains("active", await Cli.RunAsync("pg:credentials", "-a", "marketing-site"), StringComparison.Ordinal);

        await Cli.RunAsync("maintenance:off", "-a", "marketing-site-ps");
        await Cli.RunAsync("apps:destroy", "marketing-site", "--confirm", "marketing-site");
        Assert.Equal(HttpStatusCode.NotFound, (await Heroku.GetJsonAsync("client/v11/databases/postgresql-fluffy-60213")).Status);
    }

    private static (int Quantity, string Size) Formation(JsonArray formation, string type)
    {
        var entry = formation.Single(f => (string?)f!["type"] == type)!;
        return ((int)entry["quantity"]!, (string)entry["size"]!);
    }
}
