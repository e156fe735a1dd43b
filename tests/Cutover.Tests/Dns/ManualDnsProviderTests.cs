namespace Cutover.Tests.Dns;

public class ManualDnsProviderTests
{
    private readonly ManualDnsProvider _provider = new();

    [Fact]
    public async Task SetTtl_Always_ReturnsTheExactInstruction()
    {
        var change = await _provider.SetTtlAsync("WWW.Example.com.", 60, CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.ManualActionRequired, change.Outcome);
        Assert.False(change.Done);
        Assert.Equal(
            "At your DNS provider, set the TTL of the record for www.example.com (its CNAME, or ALIAS/ANAME/flattened CNAME at the zone apex) to 60 seconds. Leave its target unchanged. Cutover checks the result by asking the zone's authoritative name servers.",
            change.Text);
    }

    [Fact]
    public async Task SetTarget_Always_ReturnsTheExactInstruction()
    {
        var change = await _provider.SetTargetAsync("www.example.com", "fathomless-sea-1234.herokudns.com.", CancellationToken.None);

        Assert.Equal(DnsChangeOutcome.ManualActionRequired, change.Outcome);
        Assert.StartsWith("At your DNS provider, change the record for www.example.com so it points at fathomless-sea-1234.herokudns.com: a CNAME record www.example.com → fathomless-sea-1234.herokudns.com", change.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_Always_KnowNothing()
    {
        Assert.Empty(await _provider.ListZonesAsync(CancellationToken.None));
        Assert.Null(await _provider.FindRecordAsync("www.example.com", CancellationToken.None));
        Assert.Null(await _provider.GetTtlAsync("www.example.com", CancellationToken.None));
        Assert.False(_provider.AppliesChanges);
    }

    [Theory]
    [InlineData("not a host")]
    [InlineData("localhost")]
    [InlineData("")]
    public async Task SetTtl_NotAHostName_Throws(string hostname)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _provider.SetTtlAsync(hostname, 60, CancellationToken.None));
    }
}
