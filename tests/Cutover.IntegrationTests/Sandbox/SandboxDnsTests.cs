using Cutover.Sandbox.Dns;
using DnsClient;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>
/// The sandbox's simulated DNS: its name server read by Cutover's own TTL lookup, its answers over UDP and TCP, and the
/// DNS steps and TTL reminder of a sandbox run going through its Cloudflare API and name server.
/// </summary>
public sealed class SandboxDnsTests
{
    [Fact]
    public async Task NameServer_ReadByTheTtlLookup_AnswersWithAuthorityWhatTheProviderHoldsNow()
    {
        var dns = new SimulatedDns(TimeProvider.System);
        var zone = dns.AddZone("example.com");
        var www = dns.AddRecord("example.com", "www.shop.example.com", "CNAME", "shop-1234.herokudns.com", ttl: 3600);
        await using var server = DnsResponder.Start(dns);
        var settings = new DnsOptions { AuthoritativePort = server.EndPoint.Port, QueryTimeout = TimeSpan.FromSeconds(2), QueryRetries = 0 };
        settings.Resolvers.Add(server.EndPoint.ToString());
        var lookup = new DnsClientTtlLookup(settings, TimeProvider.System);

        var before = await lookup.ObserveAsync("www.shop.example.com", CancellationToken.None);
        dns.TryUpdate(zone, www, r => r with { Ttl = 60, Content = "shop-5678.herokudns.com" }, out _);
        var after = await lookup.ObserveAsync("www.shop.example.com", CancellationToken.None);
        var missing = await lookup.ObserveAsync("api.shop.example.com", CancellationToken.None);
        var outside = await lookup.ObserveAsync("www.example.org", CancellationToken.None);

        Assert.Equal(("example.com", "ns1.example.com"), (before.Zone, Assert.Single(before.NameServers)));
        Assert.Null(before.Problem);
        Assert.Equal((3600, "CNAME", "shop-1234.herokudns.com"), (before.Highest!.TtlSeconds, before.Highest.Type, before.Highest.Value));
        Assert.Equal((60, "shop-5678.herokudns.com"), (after.Highest!.TtlSeconds, after.Highest.Value));
        Assert.Contains("does not exist", missing.Problem, StringComparison.Ordinal);
        Assert.Null(outside.Zone);
    }

    [Theory]
    [InlineData("not a DNS message", new byte[] { 0x12, 0x34, 0x01 }, 1, false)]
    [InlineData("a zone it does not serve", null, 5, false)]
    [InlineData("a name in its zone that does not exist", null, 3, true)]
    [InlineData("the empty non-terminal above a record", null, 0, true)]
    public async Task NameServer_Asked_AnswersWithTheRightCode(string row, byte[]? raw, int code, bool authoritative)
    {
        var dns = new SimulatedDns(TimeProvider.System);
        dns.AddZone("example.com");
        dns.AddRecord("example.com", "www.demo-app.example.com", "CNAME", "demo-1.herokudns.com", ttl: 3600);
        await using var server = DnsResponder.Start(dns);
        var name = row switch
        {
            "a zone it does not serve" => "www.example.org",
            "a name in its zone that does not exist" => "nope.example.com",
            _ => "demo-app.example.com",
        };
        using var client = new UdpClient(AddressFamily.InterNetwork);

        await client.SendAsync(raw ?? Query(0x1234, name, 1), server.EndPoint);
        var answer = (await client.ReceiveAsync().WaitAsync(TimeSpan.FromSeconds(5))).Buffer;

        Assert.Equal(new byte[] { 0x12, 0x34 }, answer[..2]);
        Assert.True((answer[2] & 0x80) != 0, $"{row}: a response");
        Assert.Equal(code, answer[3] & 0x0F);
        Assert.Equal(authoritative, (answer[2] & 0x04) != 0);
    }

    [Theory]
    [InlineData("udp")]
    [InlineData("tcp")]
    public async Task NameServer_QueriedOverEachTransport_AnswersTheSameWithAuthority(string transport)
    {
        var dns = new SimulatedDns(TimeProvider.System);
        dns.AddZone("example.com");
        dns.AddRecord("example.com", "www.shop.example.com", "CNAME", "shop-1234.herokudns.com", ttl: 3600);
        await using var server = DnsResponder.Start(dns);
        var client = new LookupClient(new LookupClientOptions(server.EndPoint)
        {
            UseTcpOnly = transport == "tcp",
            UseTcpFallback = false,
            UseCache = false,
            Recursion = false,
            Retries = 0,
            Timeout = TimeSpan.FromSeconds(5),
        });

        var cname = await client.QueryAsync("www.shop.example.com", QueryType.CNAME);
        var ns = await client.QueryAsync("example.com", QueryType.NS);
        var missing = await client.QueryAsync("nope.example.com", QueryType.A);
        var outside = await client.QueryAsync("www.example.org", QueryType.A);

        var record = Assert.Single(cname.Answers.CnameRecords());
        Assert.True(cname.Header.HasAuthorityAnswer, transport);
        Assert.Equal((3600, "shop-1234.herokudns.com."), (record.InitialTimeToLive, record.CanonicalName.Value));
        Assert.Equal("ns1.example.com.", Assert.Single(ns.Answers.NsRecords()).NSDName.Value);
        Assert.Equal(IPAddress.Loopback, Assert.Single(ns.Additionals.ARecords()).Address);
        var soa = Assert.Single(missing.Authorities.SoaRecords());
        Assert.Equal((DnsHeaderResponseCode.NotExistentDomain, "ns1.example.com.", 60u), (missing.Header.ResponseCode, soa.MName.Value, soa.Minimum));
        Assert.Equal((DnsHeaderResponseCode.Refused, false), (outside.Header.ResponseCode, outside.Header.HasAuthorityAnswer));
    }

    [Fact]
    public async Task SandboxRun_CutoverPlannedWithATime_RemindsThenLowersTheTtlThroughTheSimulatedProvider()
    {
        await using var app = await CutoverTestHost.Unconfigured().OnLoopback().StartAsync();
        using var console = new SandboxClient(app.Address);
        var seeded = await RecordAsync(console, "www.demo-app.example.com");
        var now = (await console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/time"))!["now"]!.GetValue<DateTimeOffset>();
        var cutover = now.AddHours(72).AddMinutes(30);

        await console.CommandAsync("dana", $"/cutover plan demo-app to demo-space at {cutover.UtcDateTime:yyyy-MM-ddTHH:mmZ}");
        await console.ClickAsync("alice", ActionIds.ApproveStep, SandboxClient.Payload(await console.WaitForTitleAsync("Run step 0")));
        await console.ClickAsync("bob", ActionIds.ApproveStep, SandboxClient.Payload(await console.WaitForTitleAsync("Run step 1")));
        var dnsRequest = await console.WaitForTitleAsync("Run step 2: Lower DNS TTL?");
        var moved = await console.TimeAsync(new { action = "advance", minutes = 45 });
        var reminder = await console.WaitForTitleAsync("DNS TTL reminder T-72h");
        await console.ClickAsync("alice", ActionIds.ApproveStep, SandboxClient.Payload(dnsRequest));
        await console.WaitForTitleAsync("✓ Step 2: Lower DNS TTL succeeded");
        var lowered = await RecordAsync(console, "www.demo-app.example.com");
        var audit = await console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/audit/1");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(3600, seeded["ttl"]!.GetValue<int>());
        Assert.EndsWith(".herokudns.com", seeded["content"]!.GetValue<string>(), StringComparison.Ordinal);
        var records = reminder["fields"]!.AsArray().Single(f => f!["label"]!.GetValue<string>() == "Records")!["value"]!.GetValue<string>();
        Assert.Contains("www.demo-app.example.com: TTL 3600 s — approving step 2 (dns-ttl) lowers it to 60 s through Cloudflare.", records, StringComparison.Ordinal);
        Assert.Equal(60, lowered["ttl"]!.GetValue<int>());
        Assert.Contains(audit!["entries"]!.AsArray(), e => e!["source"]!.GetValue<string>() == "dns"
                                                          && e["action"]!.GetValue<string>().StartsWith("PATCH /client/v4/zones/", StringComparison.Ordinal));
    }

    private static async Task<JsonObject> RecordAsync(SandboxClient console, string name)
    {
        var view = await console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/dns");
        return view!["records"]!.AsArray().OfType<JsonObject>().Single(r => r["name"]!.GetValue<string>() == name);
    }

    /// <summary>A standard query for <paramref name="name"/> of <paramref name="type"/> (class IN, recursion desired).</summary>
    private static byte[] Query(ushort id, string name, ushort type)
    {
        var bytes = new List<byte> { (byte)(id >> 8), (byte)id, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0 };
        foreach (var label in name.Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(System.Text.Encoding.ASCII.GetBytes(label));
        }

        bytes.AddRange([0, (byte)(type >> 8), (byte)type, 0, 1]);
        return [.. bytes];
    }
}
