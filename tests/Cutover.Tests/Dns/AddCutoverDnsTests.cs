using Cutover.Infrastructure.Dns.Cloudflare;
using Microsoft.Extensions.Options;

namespace Cutover.Tests.Dns;

public class AddCutoverDnsTests
{
    [Fact]
    public void AddCutoverDns_NoToken_ManualProviderAndLookup()
    {
        using var provider = new ServiceCollection().AddCutoverDns(new DnsOptions()).BuildServiceProvider();

        Assert.IsType<ManualDnsProvider>(provider.GetRequiredService<IDnsProvider>());
        Assert.IsType<DnsClientTtlLookup>(provider.GetRequiredService<IDnsTtlLookup>());
    }

    [Fact]
    public void AddCutoverDns_WithToken_CloudflareProvider()
    {
        var settings = new DnsOptions { CloudflareApiToken = "cf-secret-token", CloudflareApiUrl = new Uri("http://127.0.0.1:9/client/v4/") };

        using var provider = new ServiceCollection().AddLogging().AddCutoverDns(settings).BuildServiceProvider();

        Assert.IsType<CloudflareDnsProvider>(provider.GetRequiredService<IDnsProvider>());
    }

    [Theory]
    [InlineData("dns.example.com")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("not-an-ip")]
    public void AddCutoverDns_BadResolver_ThrowsNamingIt(string resolver)
    {
        var settings = new DnsOptions();
        settings.Resolvers.Add(resolver);

        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddCutoverDns(settings));

        Assert.Contains(resolver, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_WithToken_NeverShowsIt()
    {
        var settings = new DnsOptions { CloudflareApiToken = "cf-secret-token" };
        settings.Resolvers.Add("127.0.0.1:5353");

        Assert.Equal("DNS: resolvers 127.0.0.1:5353, authoritative port 53, provider Cloudflare at https://api.cloudflare.com/client/v4", settings.ToString());
    }
}
