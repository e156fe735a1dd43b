namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// What the official Heroku CLI sends and reads that Cutover's own client does not: quantities as digits,
/// <c>Accept-Expansion</c>, Basic auth with the token as password, restarts by process type, the Data API's
/// provisioning and destroyed databases, and the PG Backups transfers of the Essential-tier copy.
/// </summary>
public sealed class SimulatorCliShapeTests : SimulatorTests
{
    [Fact]
    public async Task Scale_QuantityAsDigits_IsAcceptedAndOtherStringsAreRefused()
    {
        var digits = await Heroku.PatchJsonAsync("apps/demo-app/formation", new { updates = new[] { new { type = "web", quantity = "3" } } });
        var words = await Heroku.PatchJsonAsync("apps/demo-app/formation", new { updates = new[] { new { type = "web", quantity = "three" } } });

        Assert.Equal(HttpStatusCode.OK, digits.Status);
        Assert.Equal(3, (int)digits.Body!.AsArray().Single(f => (string?)f!["type"] == "web")!["quantity"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, words.Status);
        Assert.Contains("quantity", (string?)words.Body!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptExpansion_PlanServiceAndRegion_AreServedWhole()
    {
        var plain = await Heroku.GetJsonAsync("apps/demo-app/addons/REDIS");
        Heroku.DefaultRequestHeaders.Add("Accept-Expansion", "addon_service,plan,region");
        var expanded = await Heroku.GetJsonAsync("apps/demo-app/addons/REDIS");
        var space = await Heroku.GetJsonAsync("spaces/demo-space");

        Assert.Null(plain.Body!["plan"]!["price"]);
        Assert.Equal("month", (string?)expanded.Body!["plan"]!["price"]!["unit"]);
        Assert.Equal("Heroku Key-Value Store", (string?)expanded.Body["addon_service"]!["human_name"]);
        Assert.Equal("Virginia, United States", (string?)space.Body!["region"]!["description"]);
    }

    [Fact]
    public async Task BasicAuth_TokenAsPassword_AuthenticatesAndAWrongOneDoesNot()
    {
        using var good = Host.CreateClient(token: false);
        good.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(":" + SimulatorHost.Token)));
        using var bad = Host.CreateClient(token: false);
        bad.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(":HRKU-wrong")));

        var allowed = await good.GetJsonAsync("postgres/v0/databases/postgresql-curved-24817/credentials");
        var refused = await bad.GetJsonAsync("postgres/v0/databases/postgresql-curved-24817/credentials");

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Equal("default", (string?)allowed.Body![0]!["name"]);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
    }

    [Fact]
    public async Task RestartByProcessType_RestartsOnlyThatTypesDynos()
    {
        var restarted = await Heroku.DeleteJsonAsync("apps/demo-app/dynos/web");
        var dynos = (await Heroku.GetJsonAsync("apps/demo-app/dynos")).Body!.AsArray();

        Assert.Equal(HttpStatusCode.Accepted, restarted.Status);
        Assert.All(dynos.Where(d => (string?)d!["type"] == "web"), d => Assert.Equal("starting", (string?)d!["state"]));
        Assert.All(dynos.Where(d => (string?)d!["type"] == "worker"), d => Assert.Equal("up", (string?)d!["state"]));
    }

    [Fact]
    public async Task Database_WhileProvisioningThenAfterItsAppIsDestroyed_WaitsThenIsGone()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "short-lived", space = "demo-space" });
        var id = (string)(await Heroku.PostJsonAsync("apps/short-lived/addons", new { plan = "heroku-postgresql:private-0" })).Body!["id"]!;

        var creating = await Heroku.GetJsonAsync($"client/v11/databases/{id}");
        await Heroku.DeleteJsonAsync("apps/short-lived");
        var gone = await Heroku.GetJsonAsync($"client/v11/databases/{id}");

        Assert.Equal(HttpStatusCode.OK, creating.Status);
        Assert.True((bool)creating.Body!["waiting?"]!);
        Assert.Equal("Creating", Row(creating.Body, "Status"));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task EssentialCopy_BackupThenCopy_LeavesTheTargetWithTheSourcesData()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "marketing-ps", space = "demo-space" });
        var target = (await Heroku.PostJsonAsync("apps/marketing-ps/addons", new { plan = "heroku-postgresql:private-0" })).Body!;
        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var source = (await Heroku.GetJsonAsync("client/v11/databases/postgresql-fluffy-60213")).Body!;
        var sourceUrl = (string)(await Heroku.GetJsonAsync("apps/marketing-site/config-vars")).Body!["DATABASE_URL"]!;
        var targetUrl = (string)(await Heroku.GetJsonAsync("apps/marketing-ps/config-vars")).Body!["DATABASE_URL"]!;

        var backup = await Heroku.PostJsonAsync("client/v11/databases/postgresql-fluffy-60213/backups");
        var copy = await Heroku.PostJsonAsync($"client/v11/databases/{(string)target["id"]!}/transfers",
            new { from_name = "DATABASE", from_url = sourceUrl, to_name = "DATABASE", to_url = targetUrl });
        var running = await Heroku.GetJsonAsync($"client/v11/apps/marketing-ps/transfers/{(string)copy.Body!["uuid"]!}");
        Host.Clock.Advance(TimeSpan.FromMinutes(30));
        var done = await Heroku.GetJsonAsync($"client/v11/apps/marketing-ps/transfers/{(int)copy.Body["num"]!}?verbose=true");
        var backups = await Heroku.GetJsonAsync("client/v11/apps/marketing-site/transfers");
        var copied = (await Heroku.GetJsonAsync($"client/v11/databases/{(string)target["id"]!}")).Body!;
        var essentialSettings = await Heroku.GetJsonAsync("postgres/v0/databases/postgresql-fluffy-60213/config");

        Assert.Equal(HttpStatusCode.Created, backup.Status);
        Assert.Equal(("pg_dump", "gof3r"), ((string?)backup.Body!["from_type"], (string?)backup.Body["to_type"]));
        Assert.Equal(("pg_dump", "pg_restore"), ((string?)copy.Body["from_type"], (string?)copy.Body["to_type"]));
        Assert.Null(running.Body!["finished_at"]);
        Assert.True((bool)done.Body!["succeeded"]!);
        Assert.Equal((long)source["num_bytes"]!, (long)done.Body["processed_bytes"]!);
        Assert.NotEmpty(done.Body["logs"]!.AsArray());
        Assert.True((bool)backups.Body![0]!["succeeded"]!);
        Assert.Equal((long)source["num_bytes"]!, (long)copied["num_bytes"]!);
        Assert.Equal((int)source["num_tables"]!, (int)copied["num_tables"]!);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, essentialSettings.Status);
    }

    [Fact]
    public async Task Settings_ChangedOnAStandardDatabase_AreServedBack()
    {
        var changed = await Heroku.PatchJsonAsync("postgres/v0/databases/postgresql-curved-24817/config", new { log_statement = "all" });
        var read = await Heroku.GetJsonAsync("postgres/v0/databases/postgresql-curved-24817/config");
        var unknown = await Heroku.PatchJsonAsync("postgres/v0/databases/postgresql-curved-24817/config", new { shared_buffers = "1GB" });

        Assert.Equal(HttpStatusCode.OK, changed.Status);
        Assert.Equal("all", (string?)read.Body!["log_statement"]!["value"]);
        Assert.Equal("none", (string?)read.Body["track_functions"]!["value"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.Status);
    }

    [Fact]
    public async Task SniEndpoints_AcmAppAndUploadedCertificate_ListOnlyTheUploadedOneAndItsDomain()
    {
        var acm = await Heroku.GetJsonAsync("apps/demo-app/sni-endpoints");
        var acmDomain = await Heroku.GetJsonAsync("apps/demo-app/domains/www.demo-app.example.com");
        var uploaded = (await Heroku.GetJsonAsync("apps/marketing-site/sni-endpoints")).Body!.AsArray().Single()!;
        var domain = (await Heroku.GetJsonAsync("apps/marketing-site/domains/www.acme.example.com")).Body!;

        Assert.Empty(acm.Body!.AsArray());
        Assert.Null(acmDomain.Body!["sni_endpoint"]);
        Assert.Equal(["www.acme.example.com"], uploaded["ssl_cert"]!["cert_domains"]!.AsArray().Select(d => (string)d!));
        Assert.True((bool)uploaded["ssl_cert"]!["ca_signed?"]!);
        Assert.Equal((string?)uploaded["name"], (string?)domain["sni_endpoint"]!["name"]);
        Assert.Equal([(string)domain["id"]!], uploaded["domains"]!.AsArray().Select(d => (string)d!));
    }

    private static string? Row(JsonNode database, string name) =>
        (string?)database["info"]!.AsArray().Single(r => (string?)r!["name"] == name)!["values"]![0];
}
