namespace Cutover.IntegrationTests.Dns;

/// <summary>The TTL lookup against a real authoritative DNS server (Knot) on loopback.</summary>
public sealed class DnsTtlLookupTests(KnotFixture knot) : IClassFixture<KnotFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Observe_CnameInTheZone_ReadsItsTtlFromTheAuthoritativeServer()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 3600));

        var observation = await Lookup().ObserveAsync("WWW.example.test.", CancellationToken.None);

        Assert.Null(observation.Problem);
        Assert.Equal("example.test", observation.Zone);
        Assert.Equal(["ns1.example.test"], observation.NameServers);
        Assert.Equal(
            new DnsRecordTtl("www.example.test", "CNAME", 3600, "demo-app.herokudns.com", Now, $"ns1.example.test ({knot.Server.Endpoint})"),
            Assert.Single(observation.Answers));
    }

    [Fact]
    public async Task Observe_AfterTheZoneIsRewritten_ReadsTheNewTtl()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 3600));
        var lookup = Lookup();
        Assert.Equal(3600, (await lookup.ObserveAsync("www.example.test", CancellationToken.None)).Highest?.TtlSeconds);

        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 60));

        Assert.Equal(60, (await lookup.ObserveAsync("www.example.test", CancellationToken.None)).Highest?.TtlSeconds);
    }

    [Fact]
    public async Task Observe_ApexAddressAndDeepName_WalkUpToTheZone()
    {
        await knot.Server.SetZoneAsync(knot.Zone
            .Set("@", "A", "192.0.2.10", 300)
            .Set("a.b.shop", "CNAME", "shop.herokudns.com.", 120));
        var lookup = Lookup();

        var apex = await lookup.ObserveAsync("example.test", CancellationToken.None);
        var deep = await lookup.ObserveAsync("a.b.shop.example.test", CancellationToken.None);

        Assert.Equal(("A", 300, "192.0.2.10"), (apex.Highest!.Type, apex.Highest.TtlSeconds, apex.Highest.Value));
        Assert.Equal("example.test", deep.Zone);
        Assert.Equal(("CNAME", 120, "shop.herokudns.com"), (deep.Highest!.Type, deep.Highest.TtlSeconds, deep.Highest.Value));
    }

    [Fact]
    public async Task Observe_NameNotInTheZone_SaysItDoesNotExist()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Remove("gone"));

        var observation = await Lookup().ObserveAsync("gone.example.test", CancellationToken.None);

        Assert.Empty(observation.Answers);
        Assert.Equal($"ns1.example.test ({knot.Server.Endpoint}) says gone.example.test does not exist", observation.Problem);
    }

    [Fact]
    public async Task Observe_DomainNobodyServes_SaysNoZoneWasFound()
    {
        var observation = await Lookup().ObserveAsync("www.unserved.example", CancellationToken.None);

        Assert.Null(observation.Zone);
        Assert.Equal("no zone with NS records was found for www.unserved.example or its parent domains", observation.Problem);
    }

    [Fact]
    public async Task Observe_AuthoritativeServerSilent_SaysItDidNotAnswer()
    {
        var settings = Settings();
        settings.AuthoritativePort = knot.Server.Port == 9 ? 10 : 9;
        settings.QueryTimeout = TimeSpan.FromMilliseconds(300);
        settings.QueryRetries = 0;

        var observation = await new DnsClientTtlLookup(settings, new FakeTimeProvider(Now)).ObserveAsync("www.example.test", CancellationToken.None);

        Assert.Empty(observation.Answers);
        Assert.StartsWith($"ns1.example.test (127.0.0.1:{settings.AuthoritativePort}) did not answer", observation.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observe_ResolverWithAStaleCopy_StillReadsTheAuthoritativeTtl()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 60));
        var stale = new TestZone("example.test").Set("www", "CNAME", "demo-app.herokudns.com.", 86_400);
        await using var resolver = await KnotServer.StartAsync(stale);
        var settings = new DnsOptions { AuthoritativePort = knot.Server.Port };
        settings.Resolvers.Add(resolver.Endpoint);

        var observation = await new DnsClientTtlLookup(settings, new FakeTimeProvider(Now)).ObserveAsync("www.example.test", CancellationToken.None);

        Assert.Equal(60, observation.Highest?.TtlSeconds);
        Assert.Equal($"ns1.example.test ({knot.Server.Endpoint})", observation.Highest?.Server);
    }

    [Fact]
    public async Task Readiness_HighTtlServed_CutoverNotReadyWithTheReason()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 3600));
        var observation = await Lookup().ObserveAsync("www.example.test", CancellationToken.None);

        var result = TtlReadiness.Evaluate([TtlRecordState.From(observation, 3600, null)], Now);

        Assert.False(result.Ready);
        Assert.Equal(
            "www.example.test: TTL is 3600 s, above the target 60 s. Lower it to 60 s; the cutover is safe 1 h after that, at the earliest 2026-03-05 13:00:00 UTC.",
            Assert.Single(result.Blocking).Reason);
    }

    [Fact]
    public async Task Readiness_LoweredTtlServedAndOldTtlElapsed_CutoverReady()
    {
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", "demo-app.herokudns.com.", 60));
        var observation = await Lookup().ObserveAsync("www.example.test", CancellationToken.None);

        var justLowered = TtlReadiness.Evaluate([TtlRecordState.From(observation, 3600, Now.AddMinutes(-30))], Now);
        var elapsed = TtlReadiness.Evaluate([TtlRecordState.From(observation, 3600, Now.AddHours(-1))], Now);

        Assert.False(justLowered.Ready);
        Assert.Equal(Now.AddMinutes(30), justLowered.EarliestSafeAt);
        Assert.True(elapsed.Ready);
    }

    private DnsClientTtlLookup Lookup() => new(Settings(), new FakeTimeProvider(Now));

    private DnsOptions Settings()
    {
        var settings = new DnsOptions { AuthoritativePort = knot.Server.Port, QueryTimeout = TimeSpan.FromSeconds(2) };
        settings.Resolvers.Add(knot.Server.Endpoint);
        return settings;
    }
}
