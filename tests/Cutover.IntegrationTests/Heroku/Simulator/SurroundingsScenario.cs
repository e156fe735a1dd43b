using static Cutover.IntegrationTests.Heroku.Simulator.HerokuHttp;

namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// What surrounds an app, through every route the simulator serves for it: log drains, collaborators and team-app
/// permissions, team features, webhooks, pipelines, couplings and the apps filter.
/// </summary>
public static class SurroundingsScenario
{
    private static readonly string[] Deploy = ["deploy"];
    private static readonly string[] OperateAndView = ["operate", "view"];
    private static readonly string[] Releases = ["api:release"];

    public static async Task RunAsync(HttpClient heroku)
    {
        foreach (var path in new[]
        {
            "apps/demo-app/log-drains", "apps/demo-app/collaborators", "teams/apps/demo-app/collaborators",
            "teams/apps/demo-app/collaborators/oncall@acme.example.com", "apps/demo-app/collaborators/auditor@partner.example.com",
            "teams/acme/features", "apps/demo-app/webhooks", "pipelines", "pipelines/demo", "pipeline-couplings",
            "apps/demo-app/pipeline-couplings", "pipelines/demo/pipeline-couplings", "spaces/demo-shield/inbound-ruleset",
        })
        {
            await Ok(heroku.GetJsonAsync(path));
        }

        await Ok(heroku.PostJsonAsync("teams/apps", new { name = "demo-app-ps", space = "demo-space" }));
        var drain = await Ok(heroku.PostJsonAsync("apps/demo-app-ps/log-drains", new { url = "https://logs.example.com/drain?token=abc" }));
        await Ok(heroku.GetJsonAsync($"apps/demo-app-ps/log-drains/{(string)drain["token"]!}"));
        await Ok(heroku.DeleteJsonAsync($"apps/demo-app-ps/log-drains/{Uri.EscapeDataString((string)drain["url"]!)}"));

        await Ok(heroku.PostJsonAsync("teams/apps/demo-app-ps/collaborators", new { user = "oncall@acme.example.com", permissions = Deploy, silent = true }));
        await Ok(heroku.PatchJsonAsync("teams/apps/demo-app-ps/collaborators/oncall@acme.example.com", new { permissions = OperateAndView }));
        await Ok(heroku.PostJsonAsync("apps/demo-app-ps/collaborators", new { user = "newhire@acme.example.com" }));
        await Ok(heroku.DeleteJsonAsync("apps/demo-app-ps/collaborators/newhire@acme.example.com"));
        await Ok(heroku.DeleteJsonAsync("teams/apps/demo-app-ps/collaborators/oncall@acme.example.com"));

        var hook = await Ok(heroku.PostJsonAsync("apps/demo-app-ps/webhooks", new { include = Releases, level = "notify", url = "https://ci.example.com/hook" }));
        var id = (string)hook["id"]!;
        await Ok(heroku.PatchJsonAsync($"apps/demo-app-ps/webhooks/{id}", new { level = "sync", secret = "s3cret" }));
        await Ok(heroku.GetJsonAsync($"apps/demo-app-ps/webhooks/{id}"));
        await Ok(heroku.DeleteJsonAsync($"apps/demo-app-ps/webhooks/{id}"));

        var pipeline = await Ok(heroku.PostJsonAsync("pipelines", new { name = "scratch", generation = new { name = "cedar" } }));
        await Ok(heroku.PatchJsonAsync($"pipelines/{(string)pipeline["id"]!}", new { name = "scratch-2" }));
        var coupling = await Ok(heroku.PostJsonAsync("pipeline-couplings", new { app = "demo-app-ps", pipeline = (string)pipeline["id"]!, stage = "staging" }));
        await Ok(heroku.PatchJsonAsync($"pipeline-couplings/{(string)coupling["id"]!}", new { stage = "production" }));
        await Ok(heroku.GetJsonAsync($"pipeline-couplings/{(string)coupling["id"]!}"));
        await Ok(heroku.PostJsonAsync("filters/apps", new { @in = new { id = new[] { (string)coupling["app"]!["id"]! } } }));
        await Ok(heroku.DeleteJsonAsync($"pipeline-couplings/{(string)coupling["id"]!}"));
        await Ok(heroku.DeleteJsonAsync($"pipelines/{(string)pipeline["id"]!}"));
    }
}
