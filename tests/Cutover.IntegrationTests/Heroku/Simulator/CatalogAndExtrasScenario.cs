using static Cutover.IntegrationTests.Heroku.Simulator.HerokuHttp;

namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// The routes the migration scenario does not need but the simulator serves: catalogue, teams, builds,
/// rollbacks, one-off dynos and restarts, SNI endpoints, ACM off/refresh, plan changes, detaching, resolving, and
/// what the CLI's preflight reads (the user's apps, account features, collaborators, drains, topology, trusted IPs).
/// </summary>
public static class CatalogAndExtrasScenario
{
    public static async Task RunAsync(SimulatorHost host, HttpClient heroku)
    {
        foreach (var path in new[]
        {
            "account", "teams", "teams/acme/apps", "teams/acme/spaces", "teams/acme/allowed-addon-services", "generations",
            "generations/fir", "teams/acme/available-generations", "regions", "regions/virginia", "addon-region-capabilities",
            "regions/virginia/addon-region-capabilities", "stacks/heroku-24", "apps/demo-app/available-stacks",
            "apps/internal-api/available-dyno-sizes", "addon-services", "addons", "addon-attachments", "apps/internal-api",
            "spaces/demo-space-eu", "spaces/demo-space-eu/nat", "apps/billing-worker/dynos",
            "users/~/apps", "account/features", "account/features/spaces-strict-tls", "apps/demo-app/collaborators",
            "teams/acme/members", "teams/permissions", "apps/demo-app/log-drains", "spaces/demo-space/topology",
            "spaces/demo-space/inbound-ruleset",
        })
        {
            await Ok(heroku.GetJsonAsync(path));
        }

        var plan = await Ok(heroku.GetJsonAsync("addon-services/heroku-redis/plans/private-7"));
        await Ok(heroku.GetJsonAsync($"plans/{(string)plan["id"]!}"));
        var redis = (await Ok(heroku.GetJsonAsync("apps/demo-app/addons/REDIS")))!;
        await Ok(heroku.GetJsonAsync($"addons/{(string)redis["name"]!}"));
        await Ok(heroku.PostJsonAsync("actions/addons/resolve", new { addon = "DATABASE", app = "demo-app", addon_service = "heroku-postgresql" }));
        await Ok(heroku.PostJsonAsync("actions/addon-attachments/resolve", new { addon_attachment = "DATABASE", app = "demo-app" }));

        // A Common Runtime app with a build, a rollback and historic config.
        await Ok(heroku.PostJsonAsync("apps", new { name = "scratch-app", region = "eu", stack = "heroku-24" }));
        await Ok(heroku.PatchJsonAsync("teams/apps/demo-app", new { locked = true }));
        var build = await Ok(heroku.PostJsonAsync("apps/scratch-app/builds", new
        {
            source_blob = new { url = "https://example.com/source.tgz", version = "0123456789abcdef0123456789abcdef01234567" },
            buildpacks = new[] { new { url = "heroku/dotnet" } },
        }));
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        await Ok(heroku.GetJsonAsync($"apps/scratch-app/builds/{(string)build["id"]!}"));
        await Ok(heroku.GetJsonAsync("apps/scratch-app/builds"));
        var slug = await Ok(heroku.PostJsonAsync("apps/scratch-app/slugs", new { process_types = new { web = "./web --port $PORT" }, commit = "abcdef0" }));
        await Ok(heroku.GetJsonAsync($"apps/scratch-app/slugs/{(string)slug["id"]!}"));
        var first = (await Ok(heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=1, order=desc")))[0]!;
        await Ok(heroku.GetJsonAsync($"apps/demo-app/releases/{(int)first["version"]!}/config-vars"));
        var previous = (await Ok(heroku.GetJsonAsync("apps/demo-app/releases", $"version ..{(int)first["version"]! - 1}; max=1, order=desc")))[0]!;
        await Ok(heroku.PostJsonAsync("apps/demo-app/releases", new { release = (string)previous["id"]! }));

        // Dynos: one-off run, restarts, stops.
        var run = await Ok(heroku.PostJsonAsync("apps/demo-app/dynos", new { command = "bash", attach = true, size = "Standard-1X" }));
        await Ok(heroku.GetJsonAsync($"apps/demo-app/dynos/{(string)run["name"]!}"));
        await Ok(heroku.PostJsonAsync($"apps/demo-app/dynos/{(string)run["name"]!}/actions/stop"));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/dynos/web.1"));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/dynos/worker"));
        await Ok(heroku.PutJsonAsync("spaces/demo-space/inbound-ruleset", new { rules = new[] { new { action = "allow", source = "203.0.113.0/24" } } }));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/formations/worker"));
        await Ok(heroku.PostJsonAsync("apps/demo-app/formations/worker/actions/stop"));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/dynos"));

        // Certificates, domains pointing at them, ACM off and on.
        var (chain, key) = TestCertificates.SelfSigned("www.demo-app.example.com", "api.demo-app.example.com");
        var sni = await Ok(heroku.PostJsonAsync("apps/demo-app/sni-endpoints", new { certificate_chain = chain, private_key = key }));
        var sniName = (string)sni["name"]!;
        await Ok(heroku.PatchJsonAsync("apps/demo-app/domains/www.demo-app.example.com", new { sni_endpoint = sniName }));
        await Ok(heroku.GetJsonAsync($"apps/demo-app/sni-endpoints/{sniName}"));
        var (newChain, newKey) = TestCertificates.SelfSigned("www.demo-app.example.com");
        await Ok(heroku.PatchJsonAsync($"apps/demo-app/sni-endpoints/{sniName}", new { certificate_chain = newChain, private_key = newKey }));
        await Ok(heroku.DeleteJsonAsync($"apps/demo-app/sni-endpoints/{sniName}"));
        await Ok(heroku.PatchJsonAsync("apps/demo-app/acm", new { }));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/acm"));

        // Add-ons: plan change, an extra attachment, detaching it, destroying an add-on.
        await Ok(heroku.PatchJsonAsync($"apps/demo-app/addons/{(string)redis["name"]!}", new { plan = "heroku-redis:premium-2" }));
        var shared = await Ok(heroku.PostJsonAsync("addon-attachments", new { addon = (string)redis["name"]!, app = "scratch-app" }));
        await Ok(heroku.DeleteJsonAsync($"addon-attachments/{(string)shared["id"]!}"));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app/addons/FIXIE"));
        await Ok(heroku.PatchJsonAsync("apps/scratch-app", new { name = "scratch-app-2", build_stack = "heroku-22" }));
    }
}
