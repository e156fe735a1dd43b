using Cutover.Sandbox.Dns;
using Microsoft.AspNetCore.Routing;

namespace Cutover.IntegrationTests.Fakes.Cloudflare;

/// <summary>
/// Cloudflare's API v4 for zones and DNS records (the sandbox's <see cref="CloudflareApi"/> over its own
/// <see cref="SimulatedDns"/>) on a real loopback port of its own. Records every call; can fail the next calls.
/// </summary>
public sealed class FakeCloudflare : IAsyncDisposable
{
    public const string Token = "cf-test-token-3f9a1c";

    private readonly Lock _gate = new();
    private readonly WebApplication _app;
    private readonly List<FakeCloudflareCall> _calls = [];
    private readonly SimulatedDns _dns;
    private int _failures;
    private int _failureStatus;

    private FakeCloudflare(WebApplication app, TimeProvider time)
    {
        _app = app;
        _dns = new SimulatedDns(time);
    }

    /// <summary>The API base, <c>http://127.0.0.1:&lt;port&gt;/client/v4</c>, as <c>CLOUDFLARE_API_URL</c> takes it.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeCloudflareCall> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    public static async Task<FakeCloudflare> StartAsync(TimeProvider? time = null)
    {
        var app = LoopbackApp.Create();
        var fake = new FakeCloudflare(app, time ?? TimeProvider.System);
        fake.Map(app.MapGroup("/client/v4"));
        var address = await app.StartOnLoopbackAsync();
        fake.BaseUrl = new Uri(address, "client/v4");
        return fake;
    }

    /// <summary>Adds a zone and returns its id.</summary>
    public string AddZone(string name) => _dns.AddZone(name);

    /// <summary>Adds a record to the zone named <paramref name="zone"/> and returns its id.</summary>
    public string AddRecord(string zone, string name, string type, string content, int ttl = 1, bool proxied = false) =>
        _dns.AddRecord(zone, name, type, content, ttl, proxied);

    /// <summary>The record as it is now.</summary>
    public SimulatedDnsRecord Record(string name, string type) => _dns.Record(name, type);

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/> (e.g. 503) with an error envelope.</summary>
    public void FailNext(int count, int status)
    {
        lock (_gate)
            (_failures, _failureStatus) = (count, status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            request.EnableBuffering();
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            request.Body.Position = 0;
            var authorized = request.Headers.Authorization.ToString() == $"Bearer {Token}";
            int failure;
            lock (_gate)
            {
                _calls.Add(new FakeCloudflareCall(request.Method, request.Path + request.QueryString, authorized, body));
                failure = _failures > 0 && authorized ? _failureStatus : 0;
                if (failure > 0)
                    _failures--;
            }

            return failure > 0 ? CloudflareApi.Error(failure, 10000 + failure, "Injected failure") : await next(context);
        });
        api.MapCloudflareApi(_dns, Token);
    }
}
