using Cutover.Infrastructure.Dns.Cloudflare;
using Cutover.IntegrationTests.Fakes.Cloudflare;

namespace Cutover.IntegrationTests.Dns;

/// <summary>The Cloudflare provider, built by <c>AddCutoverDns</c>, against the Cloudflare fake over loopback HTTP.</summary>
public sealed class CloudflareDnsProviderTests : IAsyncLifetime
{
    private FakeCloudflare _cloudflare = null!;
    private ServiceProvider _services = null!;

    private IDnsProvider Provider => _services.GetRequiredService<IDnsProvider>();

    public async Task InitializeAsync()
    {
        _cloudflare = await FakeCloudflare.StartAsync();
        _cloudflare.AddZone("example.com");
        _cloudflare.AddZone("other.org");
        _cloudflare.AddRecord("example.com", "www.shop.example.com", "CNAME", "shop.example.com.herokudns.com", ttl: 3600);
        _cloudflare.AddRecord("example.com", "www.shop.example.com", "TXT", "\"v=verify\"", ttl: 3600);
        _cloudflare.AddRecord("example.com", "api.example.com", "CNAME", "api.example.com.herokudns.com", ttl: 1);
        _cloudflare.AddRecord("example.com", "cdn.example.com", "CNAME", "cdn.example.com.herokudns.com", proxied: true);
        _cloudflare.AddRecord("example.com", "example.com", "A", "192.0.2.10", ttl: 300);
        _services = Services(FakeCloudflare.Token);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _cloudflare.DisposeAsync();
    }

    [Fact]
    public async Task FindRecord_HostInAZone_WalksUpToTheZoneAndPrefersTheCname()
    {
        var record = await Provider.FindRecordAsync("WWW.Shop.Example.com", CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(("example.com", "www.shop.example.com", "CNAME", "shop.example.com.herokudns.com", 3600, false),
            (record.Zone.Name, record.Name, record.Type, record.Content, record.TtlSeconds, record.AutomaticTtl));
        Assert.Equal(
            ["GET /client/v4/zones?name=www.shop.example.com&page=1&per_page=5", "GET /client/v4/zones?name=shop.example.com&page=1&per_page=5",
             "GET /client/v4/zones?name=example.com&page=1&per_page=5", $"GET /client/v4/zones/{record.Zone.Id}/dns_records?name=www.shop.example.com"],
            _cloudflare.Calls.Select(c => $"{c.Method} {c.PathAndQuery}"));
        Assert.All(_cloudflare.Calls, c => Assert.True(c.Authorized));
    }

    [Fact]
    public async Task SetTtl_HighTtl_PatchesOnlyTheTtl()
    {
        var change = await Provider.SetTtlAsync("www.shop.example.com", 60, CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.Applied, change.Outcome);
        Assert.Equal("Cloudflare: TTL of CNAME www.shop.example.com changed from 3600 s to 60 s.", change.Text);
        Assert.Equal((3600, 60), (change.Before!.TtlSeconds, change.After!.TtlSeconds));
        Assert.Equal(60, _cloudflare.Record("www.shop.example.com", "CNAME").Ttl);
        Assert.Equal(3600, _cloudflare.Record("www.shop.example.com", "TXT").Ttl);
        Assert.Equal("{\"ttl\":60}", Assert.Single(_cloudflare.Calls, c => c.Method == "PATCH").Body);
    }

    [Fact]
    public async Task SetTtl_Twice_SecondSendsNothing()
    {
        await Provider.SetTtlAsync("www.shop.example.com", 60, CancellationToken.None);

        var again = await Provider.SetTtlAsync("www.shop.example.com", 60, CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.AlreadyInPlace, again.Outcome);
        Assert.True(again.Done);
        Assert.Single(_cloudflare.Calls, c => c.Method == "PATCH");
    }

    [Fact]
    public async Task SetTtl_AutomaticTtl_SetsAnExplicitOne()
    {
        Assert.Equal(300, await Provider.GetTtlAsync("api.example.com", CancellationToken.None));

        var change = await Provider.SetTtlAsync("api.example.com", 60, CancellationToken.None);

        Assert.Equal("Cloudflare: TTL of CNAME api.example.com changed from automatic to 60 s.", change.Text);
        Assert.Equal(60, _cloudflare.Record("api.example.com", "CNAME").Ttl);
    }

    [Fact]
    public async Task SetTtl_ProxiedRecord_NotApplicableAndNothingSent()
    {
        var change = await Provider.SetTtlAsync("cdn.example.com", 60, CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.NotApplicable, change.Outcome);
        Assert.Contains("proxied through Cloudflare", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_cloudflare.Calls, c => c.Method == "PATCH");
    }

    [Fact]
    public async Task SetTtl_BelowCloudflaresMinimum_FailsWithCloudflaresReason()
    {
        var error = await Assert.ThrowsAsync<CloudflareApiException>(() => Provider.SetTtlAsync("www.shop.example.com", 30, CancellationToken.None));

        Assert.Contains("9021: Invalid TTL", error.Message, StringComparison.Ordinal);
        Assert.Equal(9021, Assert.Single(error.Errors).Code);
    }

    [Fact]
    public async Task SetTarget_Cname_RepointsItOnce()
    {
        var change = await Provider.SetTargetAsync("www.shop.example.com", "fathomless-sea-1234.herokudns.com.", CancellationToken.None);
        var again = await Provider.SetTargetAsync("www.shop.example.com", "fathomless-sea-1234.herokudns.com", CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.Applied, change.Outcome);
        Assert.Equal("Cloudflare: CNAME www.shop.example.com now points at fathomless-sea-1234.herokudns.com (was shop.example.com.herokudns.com).", change.Text);
        Assert.Equal("fathomless-sea-1234.herokudns.com", _cloudflare.Record("www.shop.example.com", "CNAME").Content);
        Assert.Equal(DnsChangeOutcome.AlreadyInPlace, again.Outcome);
        Assert.Equal("{\"content\":\"fathomless-sea-1234.herokudns.com\"}", Assert.Single(_cloudflare.Calls, c => c.Method == "PATCH").Body);
    }

    [Fact]
    public async Task SetTarget_AddressRecord_AsksPeopleAndSendsNothing()
    {
        var change = await Provider.SetTargetAsync("example.com", "apex-1234.herokudns.com", CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.ManualActionRequired, change.Outcome);
        Assert.StartsWith("example.com is an A record at Cloudflare, and a Heroku DNS target needs a CNAME", change.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_cloudflare.Calls, c => c.Method == "PATCH");
    }

    [Theory]
    [InlineData("www.unknown.net", "Cloudflare has no zone for www.unknown.net that this API token can see.")]
    [InlineData("missing.example.com", "Cloudflare zone example.com has no CNAME, A or AAAA record named missing.example.com.")]
    public async Task SetTtl_NoSuchZoneOrRecord_NotFound(string hostname, string text)
    {
        var change = await Provider.SetTtlAsync(hostname, 60, CancellationToken.None);

        Assert.Equal((DnsChangeOutcome.NotFound, text), (change.Outcome, change.Text));
    }

    [Fact]
    public async Task AnyCall_WrongToken_FailsNamingTheSettingNeverTheToken()
    {
        await using var services = Services("cf-wrong-token-77");

        var error = await Assert.ThrowsAsync<CloudflareApiException>(
            () => services.GetRequiredService<IDnsProvider>().FindRecordAsync("www.shop.example.com", CancellationToken.None));

        Assert.StartsWith("Cloudflare refused the API token (403, 10000: Authentication error) on GET /client/v4/zones.", error.Message, StringComparison.Ordinal);
        Assert.Contains("CLOUDFLARE_API_TOKEN", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cf-wrong-token-77", error.ToString(), StringComparison.Ordinal);
        Assert.False(Assert.Single(_cloudflare.Calls).Authorized);
    }

    [Fact]
    public async Task AnyCall_TransientServerError_IsRetried()
    {
        _cloudflare.FailNext(1, 503);

        var record = await Provider.FindRecordAsync("api.example.com", CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal(2, _cloudflare.Calls.Count(c => c.PathAndQuery.StartsWith("/client/v4/zones?name=api.example.com", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListZones_MorePagesThanOne_ReadsThemAll()
    {
        for (var i = 0; i < 60; i++)
            _cloudflare.AddZone($"zone{i:00}.example");

        var zones = await Provider.ListZonesAsync(CancellationToken.None);

        Assert.Equal(62, zones.Count);
        Assert.Equal(2, _cloudflare.Calls.Count);
    }

    private ServiceProvider Services(string token) => new ServiceCollection()
        .AddLogging()
        .AddCutoverDns(new DnsOptions { CloudflareApiToken = token, CloudflareApiUrl = _cloudflare.BaseUrl })
        .BuildServiceProvider();
}
