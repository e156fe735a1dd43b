using Cutover.Steps.DnsTtl;
using Cutover.Steps.MaintenanceOn;

namespace Cutover.IntegrationTests.Dns;

/// <summary>
/// Step 2 and the cutover's DNS gate against a real DNS server (Knot on loopback) serving the demo app's zone, the
/// simulator for the app's domains and the real run facts store: a high TTL blocks the cutover with the reason, a
/// lowered TTL blocks it until the old TTL has elapsed, and a waiver lets it through with an audit event.
/// </summary>
public sealed class DnsTtlStepAndGateTests : IAsyncLifetime
{
    private static readonly ApprovalPolicy Policy = new() { Users = ApproverList.Users("slack:U-a slack:U-b").Value! };
    private readonly TestZone _zone = TestZone.DemoApp(wwwTtl: 3600, apiTtl: 1800);

    private KnotServer _knot = null!;
    private SimulatorHost _heroku = null!;
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private EfRunFacts _facts = null!;
    private DnsRecords _records = null!;
    private Run _run = null!;

    public async Task InitializeAsync()
    {
        _knot = await KnotServer.StartAsync(_zone);
        _heroku = await SimulatorHost.StartAsync("/sandbox/heroku");
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _facts = new EfRunFacts(_database.Contexts);
        var dns = new DnsOptions { AuthoritativePort = _knot.Port };
        dns.Resolvers.Add(_knot.Endpoint);
        _services = new ServiceCollection().AddLogging()
            .AddSingleton<TimeProvider>(_heroku.Clock)
            .AddSingleton(new PlannerOptions())
            .AddSingleton<IRunFacts>(_facts)
            .AddHerokuClients(new HerokuOptions { PlatformBaseUrl = _heroku.BaseAddress, DataBaseUrl = _heroku.BaseAddress, ApiToken = SimulatorHost.Token })
            .AddCutoverDns(dns)
            .BuildServiceProvider();
        _records = new DnsRecords(_facts, _services.GetRequiredService<IDnsTtlLookup>());
        var planned = Runs.Planned().On(_heroku.Clock.GetUtcNow()).Build();
        _run = (await new EfRunStore(_database.Contexts).CreateAsync(planned, CancellationToken.None)).Value!;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAdvancingAsync();
        await _heroku.DisposeAsync();
        await _knot.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task ManualDns_HighTtl_StepFailsWithInstructionsThenTheGateWaitsForTheOldTtlToElapse()
    {
        var first = await Step().ExecuteAsync(_run, CancellationToken.None);
        Assert.False(first.Succeeded);
        Assert.Contains("www.demo-app.example.com", first.Message, StringComparison.Ordinal);
        Assert.Contains("60", first.Message, StringComparison.Ordinal);

        // The team lowers the TTLs at their provider; the retry sees it on the authoritative server.
        await _knot.SetZoneAsync(_zone.Set("www.demo-app", "CNAME", "demo-app.herokuapp.com.", 60).Set("api.demo-app", "CNAME", "demo-app.herokuapp.com.", 60));
        var second = await Step().ExecuteAsync(_run, CancellationToken.None);
        Assert.True(second.Succeeded, second.Message);
        Assert.Equal("api.demo-app.example.com=1800;www.demo-app.example.com=3600", await _facts.GetAsync(_run.Id, DnsFacts.OriginalTtls, CancellationToken.None));

        MarkDnsTtlSucceeded();
        var gate = Gate();
        var refusal = await gate.RefusalAsync(_run, CancellationToken.None);
        Assert.NotNull(refusal);
        Assert.Contains("www.demo-app.example.com", refusal, StringComparison.Ordinal);
        Assert.Contains($"waive {_run.Id}", refusal, StringComparison.Ordinal);

        _heroku.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.NotNull(await gate.RefusalAsync(_run, CancellationToken.None));
        _heroku.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await gate.RefusalAsync(_run, CancellationToken.None));
    }

    [Fact]
    public async Task Gate_TtlRaisedAgainAfterLowering_RefusesNamingTheTtl()
    {
        await _knot.SetZoneAsync(_zone.Set("www.demo-app", "CNAME", "demo-app.herokuapp.com.", 60).Set("api.demo-app", "CNAME", "demo-app.herokuapp.com.", 60));
        Assert.True((await Step().ExecuteAsync(_run, CancellationToken.None)).Succeeded);
        MarkDnsTtlSucceeded();
        _heroku.Clock.Advance(TimeSpan.FromHours(2));
        await _knot.SetZoneAsync(_zone.Set("www.demo-app", "CNAME", "demo-app.herokuapp.com.", 7200));

        var refusal = await Gate().RefusalAsync(_run, CancellationToken.None);

        Assert.NotNull(refusal);
        Assert.Contains("7200", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_Waived_LetsTheCutoverThroughAndAuditsWhoAndWhy()
    {
        Assert.False((await Step().ExecuteAsync(_run, CancellationToken.None)).Succeeded);
        await _knot.SetZoneAsync(_zone.Set("www.demo-app", "CNAME", "demo-app.herokuapp.com.", 60).Set("api.demo-app", "CNAME", "demo-app.herokuapp.com.", 60));
        Assert.True((await Step().ExecuteAsync(_run, CancellationToken.None)).Succeeded);
        MarkDnsTtlSucceeded();
        Assert.NotNull(await Gate().RefusalAsync(_run, CancellationToken.None));

        var waived = _run.WaiveDnsCheck(new Actor("U-a", true), "the records are served by a CDN that ignores TTLs", _heroku.Clock.GetUtcNow());
        await _facts.SetAsync(_run.Id, DnsFacts.Waiver, "U-a: the records are served by a CDN that ignores TTLs", CancellationToken.None);

        Assert.False(waived.IsRefused);
        Assert.Contains(_run.PendingAudit, e => e is { Action: "run.dns-check-waived", Actor: "U-a" } && e.Detail!.Contains("CDN", StringComparison.Ordinal));
        Assert.Null(await Gate().RefusalAsync(_run, CancellationToken.None));
        Assert.True(_run.WaiveDnsCheck(new Actor("U-x", false), "because", _heroku.Clock.GetUtcNow()).IsRefused);
    }

    private DnsTtlStep Step() => new(_services.GetRequiredService<IMigrationInspector>(), _services.GetRequiredService<IDnsProvider>(), _records, _facts,
        new DnsOptions(), _heroku.Clock);

    private MaintenanceOnGate Gate() => new(_records, _facts, new DnsOptions(), _heroku.Clock);

    /// <summary>Steps 0–2 done in memory (approvals and execution are not what this test is about).</summary>
    private void MarkDnsTtlSucceeded()
    {
        var now = _heroku.Clock.GetUtcNow();
        foreach (var step in new[] { "preflight", "maintenance-page", "dns-ttl" })
        {
            Assert.False(_run.RequestApproval(step, Actor.System, now).IsRefused);
            Assert.False(_run.Approve(step, _run.FindStep(step)!.Version, new Actor("U-a", true), Policy, now).IsRefused);
            Assert.False(_run.Start(step, Policy, now).IsRefused);
            Assert.False(_run.Succeed(step, "done", now).IsRefused);
        }
    }
}
