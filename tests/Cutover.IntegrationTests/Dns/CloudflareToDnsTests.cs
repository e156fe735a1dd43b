using Cutover.IntegrationTests.Fakes.Cloudflare;

namespace Cutover.IntegrationTests.Dns;

/// <summary>
/// The TTL step's parts together: lower the TTL through the Cloudflare fake, publish what the fake holds on the
/// real DNS server (as Cloudflare's name servers would), read it back from the authoritative server, decide.
/// </summary>
public sealed class CloudflareToDnsTests(KnotFixture knot) : IClassFixture<KnotFixture>
{
    [Fact]
    public async Task LowerTtl_ThroughCloudflare_VerifiedByLookupAndReadyAfterTheOldTtl()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var cloudflare = await FakeCloudflare.StartAsync(clock);
        cloudflare.AddZone("example.test");
        cloudflare.AddRecord("example.test", "www.example.test", "CNAME", "demo-app.herokudns.com", ttl: 3600);
        await PublishAsync(cloudflare);
        var settings = new DnsOptions { CloudflareApiToken = FakeCloudflare.Token, CloudflareApiUrl = cloudflare.BaseUrl, AuthoritativePort = knot.Server.Port };
        settings.Resolvers.Add(knot.Server.Endpoint);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(clock).AddCutoverDns(settings).BuildServiceProvider();
        await using var shutdown = services.AdvancingOnDispose();
        var provider = services.GetRequiredService<IDnsProvider>();
        var lookup = services.GetRequiredService<IDnsTtlLookup>();

        var before = await lookup.ObserveAsync("www.example.test", CancellationToken.None);
        var original = before.Highest!.TtlSeconds;
        var change = await provider.SetTtlAsync("www.example.test", settings.TargetTtlSeconds, CancellationToken.None);
        var loweredAt = clock.GetUtcNow();
        await PublishAsync(cloudflare);
        var after = await lookup.ObserveAsync("www.example.test", CancellationToken.None);

        Assert.Equal(3600, original);
        Assert.Equal(DnsChangeOutcome.Applied, change.Outcome);
        Assert.Equal(60, after.Highest!.TtlSeconds);
        var state = TtlRecordState.From(after, original, loweredAt);
        Assert.False(TtlReadiness.Evaluate([state], clock.GetUtcNow().AddMinutes(59)).Ready);
        Assert.True(TtlReadiness.Evaluate([state], clock.GetUtcNow().AddHours(1)).Ready);
    }

    /// <summary>Serves the fake's CNAME for www on the DNS server, with its TTL.</summary>
    private async Task PublishAsync(FakeCloudflare cloudflare)
    {
        var record = cloudflare.Record("www.example.test", "CNAME");
        await knot.Server.SetZoneAsync(knot.Zone.Set("www", "CNAME", record.Content + ".", record.Ttl));
    }
}
