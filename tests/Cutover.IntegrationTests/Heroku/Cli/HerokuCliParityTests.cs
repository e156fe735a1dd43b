namespace Cutover.IntegrationTests.Heroku.Cli;

/// <summary>
/// What surrounds an app — drains, access, webhooks, the pipeline stage, the space's trusted IPs — read and carried by
/// hand in the official Heroku CLI against the simulator: each command exits 0 and leaves the state it claims.
/// </summary>
public sealed class HerokuCliParityTests : HerokuCliTests
{
    private const string Drain = "syslog+tls://logs.example-siem.com:6514";
    private const string Hook = "https://ci.acme.example.com/hooks/heroku/demo-app";

    [Fact]
    public async Task SourceSurroundings_InTheCli_ShowTheSeed()
    {
        var access = (await Cli.RunAsync("access", "-a", "demo-app")).Split('\n');
        Assert.Contains("operate, view", access.Single(l => l.Contains("oncall@acme.example.com", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("view", access.Single(l => l.Contains("auditor@partner.example.com", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(Drain, await Cli.RunAsync("drains", "-a", "demo-app"), StringComparison.Ordinal);
        Assert.Contains(Hook, await Cli.RunAsync("webhooks", "-a", "demo-app"), StringComparison.Ordinal);
        Assert.Equal("demo - production", Field(await Cli.RunAsync("apps:info", "-a", "demo-app"), "Pipeline"));
        var pipeline = await Cli.RunAsync("pipelines:info", "demo");
        Assert.Contains("demo-app", pipeline.Split('\n').Single(l => l.Contains("production", StringComparison.Ordinal)), StringComparison.Ordinal);
        var trusted = await Cli.RunAsync("spaces:trusted-ips", "demo-shield");
        Assert.Contains("192.0.2.0/24", trusted, StringComparison.Ordinal);
        Assert.DoesNotContain("0.0.0.0/0", trusted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Surroundings_CarriedByHandInTheCli_LandOnTheNewApp()
    {
        await Cli.RunAsync("apps:create", "demo-app-ps", "--space", "demo-space");

        await Cli.RunAsync("drains:add", Drain, "-a", "demo-app-ps");
        Assert.Contains((await Get("apps/demo-app-ps/log-drains")).AsArray(), d => (string?)d!["url"] == Drain);

        await Cli.RunAsync("access:add", "oncall@acme.example.com", "-a", "demo-app-ps", "-p", "deploy");
        await Cli.RunAsync("access:update", "oncall@acme.example.com", "-a", "demo-app-ps", "-p", "operate");
        Assert.Equal(["operate", "view"], Permissions(await Get("teams/apps/demo-app-ps/collaborators/oncall@acme.example.com")));

        var added = await Cli.RunAsync("webhooks:add", "-i", "api:release", "-l", "notify", "-u", Hook, "-a", "demo-app-ps");
        Assert.Contains("Webhooks Signing Secret", added, StringComparison.Ordinal);
        var hook = (await Get("apps/demo-app-ps/webhooks")).AsArray().Single()!;
        Assert.Equal((Hook, "notify"), ((string?)hook["url"], (string?)hook["level"]));
        Assert.Null(hook["secret"]);

        await Cli.RunAsync("pipelines:add", "demo", "-s", "staging", "-a", "demo-app-ps");
        await Cli.RunAsync("pipelines:update", "-s", "production", "-a", "demo-app-ps");
        await Cli.RunAsync("pipelines:remove", "-a", "demo-app");
        Assert.Equal("production", (string?)(await Get("apps/demo-app-ps/pipeline-couplings"))["stage"]);
        Assert.Equal(HttpStatusCode.NotFound, (await Heroku.GetJsonAsync("apps/demo-app/pipeline-couplings")).Status);

        await Cli.RunAsync("drains:remove", Drain, "-a", "demo-app");
        Assert.DoesNotContain((await Get("apps/demo-app/log-drains")).AsArray(), d => (string?)d!["url"] == Drain);
    }

    private static List<string> Permissions(JsonNode collaborator) =>
        [.. collaborator["permissions"]!.AsArray().Select(p => (string)p!["name"]!)];
}
