using Microsoft.AspNetCore.Routing;

namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// The Heroku simulator in-process on a real Kestrel loopback port, on a fake clock, optionally mounted
/// under a prefix the way the host mounts it. Tests talk to it over HTTP only.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    public const string Token = "HRKU-sandbox-0000-demo-token";
    public const string HerokuAccept = "application/vnd.heroku+json; version=3";

    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, FakeTimeProvider clock, Uri baseAddress)
    {
        _app = app;
        Clock = clock;
        BaseAddress = baseAddress;
        Simulator = app.Services.GetRequiredService<HerokuSimulator>();
    }

    public FakeTimeProvider Clock { get; }

    public HerokuSimulator Simulator { get; }

    /// <summary>Where the simulator is mounted, with a trailing slash; request paths are relative to it.</summary>
    public Uri BaseAddress { get; }

    public static async Task<SimulatorHost> StartAsync(string prefix = "", Action<HerokuSimulatorOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        var app = LoopbackApp.Create(builder =>
        {
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddHerokuSimulator(configure);
        });
        if (prefix.Length == 0)
            app.MapHerokuSimulator();
        else
            app.MapGroup(prefix).MapHerokuSimulator();
        var address = await app.StartOnLoopbackAsync();
        return new SimulatorHost(app, clock, new Uri(address, prefix.TrimStart('/') + (prefix.Length == 0 ? string.Empty : "/")));
    }

    /// <summary>A client that sends Heroku's Accept header and the seed's token unless told otherwise.</summary>
    public HttpClient CreateClient(bool accept = true, bool token = true, HttpMessageHandler? handler = null)
    {
        var client = handler is null ? new HttpClient() : new HttpClient(handler);
        client.BaseAddress = BaseAddress;
        if (accept)
            client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(HerokuAccept));
        if (token)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    /// <summary>Every route the simulator maps: method and pattern relative to its mount point.</summary>
    public IReadOnlyList<(string Method, string Pattern)> Routes =>
        [.. ((IEndpointRouteBuilder)_app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))];

    /// <summary>Stops the simulator; requests still in flight may wait on its fake clock, so the clock moves meanwhile.</summary>
    public async ValueTask DisposeAsync() => await Clock.AdvanceWhileAsync(async () =>
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }, "the Heroku simulator");
}
