namespace Cutover.IntegrationTests.Dns;

/// <summary>One Knot server per test class, serving <see cref="Zone"/>; tests rewrite the zone as they need it.</summary>
public sealed class KnotFixture : IAsyncLifetime
{
    private KnotServer? _server;

    public TestZone Zone { get; } = new TestZone("example.test").Set("www", "CNAME", "demo-app.herokudns.com.", 3600);

    public KnotServer Server => _server ?? throw new InvalidOperationException("The DNS server is not running.");

    public async Task InitializeAsync() => _server = await KnotServer.StartAsync(Zone);

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}
