using Cutover.IntegrationTests.Fakes.Cloudflare;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// A rollback after the domains moved, with Cutover managing DNS at Cloudflare: the records are repointed at the
/// source's new Heroku DNS targets, as the DNS switch would have pointed them at the target's.
/// </summary>
public sealed class SlackRollbackDnsTests(DemoDomainsAtCloudflare cloudflare) : SlackHost, IClassFixture<DemoDomainsAtCloudflare>
{
    protected override CutoverTestHostBuilder Configure(CutoverTestHostBuilder host) =>
        host.WithSetting("CLOUDFLARE_API_TOKEN", FakeCloudflare.Token).WithSetting("CLOUDFLARE_API_URL", cloudflare.Fake.BaseUrl.ToString());

    [Fact]
    public async Task Rollback_AfterTheDomainsMoved_RepointsTheirRecordsAtTheSourceThroughCloudflare()
    {
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var root = (await RootAsync()).Ts;
        foreach (var (number, title) in new[] { (0, "Preflight and plan"), (1, "Maintenance page") })
            await ApproveStepAsync(root, number, title, Alice);
        await SkipAsync(root, 2, "dns-ttl", "Lower DNS TTL");
        foreach (var (number, title) in new[]
                 {
                     (3, "Create target app"), (4, "Copy config vars"), (5, "Deploy current slug"), (6, "Provision add-ons"), (7, "Scale formation"),
                     (8, "Maintenance on"), (9, "Data cutover"), (10, "Domains and SSL"),
                 })
        {
            await ApproveStepAsync(root, number, title, Alice, number == 9 ? Bob : null);
        }

        await Slack.SendCommandAsync(Bot, Requester, Channel, "rollback 1");
        await ApproveStepAsync(root, 16, "Roll back to the source app", Alice, Bob);

        using var heroku = Heroku.CreateClient();
        var domains = (await heroku.GetJsonAsync("apps/demo-app/domains")).Body!.AsArray()
            .Where(d => (string?)d!["kind"] == "custom")
            .ToDictionary(d => (string)d!["hostname"]!, d => (string)d!["cname"]!);
        Assert.Equal(DemoDomainsAtCloudflare.Hosts.Order(StringComparer.Ordinal), domains.Keys.Order(StringComparer.Ordinal));
        foreach (var (host, target) in domains)
            Assert.Equal(target, cloudflare.Fake.Record(host, "CNAME").Content);
        var outcome = await WaitForMessageAsync(root, "✓ Step 16: Roll back to the source app succeeded");
        Assert.Contains("DNS repointed at demo-app via", outcome.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Point DNS at", outcome.AllText, StringComparison.Ordinal);
    }
}

/// <summary>The demo app's custom domains as CNAMEs in a Cloudflare zone, still pointing at the old app's targets.</summary>
public sealed class DemoDomainsAtCloudflare : IAsyncLifetime
{
    public static readonly IReadOnlyList<string> Hosts = ["www.demo-app.example.com", "api.demo-app.example.com"];

    public FakeCloudflare Fake { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeCloudflare.StartAsync();
        Fake.AddZone("example.com");
        foreach (var host in Hosts)
            Fake.AddRecord("example.com", host, "CNAME", $"{host.Split('.')[0]}-old.herokudns.com", ttl: 300);
    }

    public async Task DisposeAsync() => await Fake.DisposeAsync();
}
