using System.Diagnostics;
using System.Net;
using Cutover.Sandbox.Dns;
using Cutover.Sandbox.Heroku;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The Heroku simulator — and Cloudflare's DNS API over the simulated zones of its custom domains, under
/// <c>/client/v4</c>, with their name server on a loopback port (UDP and TCP) — on its own Kestrel listener on 127.0.0.1 with a free port, started while the host is still
/// being configured (the Heroku clients need its address then). It is a bare server with its own small container, not a
/// second .NET host: a host built inside Program would be mistaken for the application by tooling that watches host
/// construction (WebApplicationFactory, the EF tools). Its clock is the sandbox clock; it logs nothing.
/// </summary>
public sealed class SimulatorServer : IAsyncDisposable
{
    private const string CloudflarePath = "client/v4";

    /// <summary>How many changes <see cref="Changes"/> remembers.</summary>
    public const int ChangeCapacity = 2000;

    private readonly KestrelServer _server;
    private readonly ServiceProvider _services;
    private readonly Lock _gate = new();
    private readonly Queue<HerokuChange> _changes = new();

    private readonly DnsResponder _nameServer;

    private SimulatorServer(KestrelServer server, ServiceProvider services, Uri baseAddress, SimulatedDns dns, string cloudflareToken)
    {
        _nameServer = DnsResponder.Start(dns);
        _server = server;
        _services = services;
        BaseAddress = baseAddress;
        Simulator = services.GetRequiredService<HerokuSimulator>();
        Dns = dns;
        CloudflareToken = cloudflareToken;
    }

    /// <summary>Where the simulator answers, with a trailing slash: <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The simulated account behind the listener (the same instance its endpoints use).</summary>
    public HerokuSimulator Simulator { get; }

    /// <summary>The simulated DNS provider's zones: the custom domains' records, seeded from the simulator's account.</summary>
    public SimulatedDns Dns { get; }

    /// <summary>Cloudflare's API over <see cref="Dns"/>: <c>http://127.0.0.1:41234/client/v4</c>.</summary>
    public Uri CloudflareApiUrl => new(BaseAddress, CloudflarePath);

    /// <summary>Where the simulated zones' name server answers (UDP and TCP on 127.0.0.1): their resolver and authoritative server.</summary>
    public IPEndPoint NameServer => _nameServer.EndPoint;

    /// <summary>The bearer token <see cref="CloudflareApiUrl"/> accepts (made up at start).</summary>
    public string CloudflareToken { get; }

    /// <summary>Raised after the simulator answered a request that may have changed the account (anything but GET/HEAD).</summary>
    public event EventHandler<HerokuChange>? Changed;

    /// <summary>The latest requests that may have changed the account, oldest first.</summary>
    public IReadOnlyList<HerokuChange> Changes()
    {
        lock (_gate)
            return [.. _changes];
    }

    /// <summary>Seeds the simulator and starts listening.</summary>
    public static async Task<SimulatorServer> StartAsync(TimeProvider clock, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRouting();
        services.AddSingleton(new DiagnosticListener("Cutover.Sandbox.Heroku"));
        services.AddSingleton<DiagnosticSource>(sp => sp.GetRequiredService<DiagnosticListener>());
        services.AddSingleton(clock);
        services.AddHerokuSimulator();
        var provider = services.BuildServiceProvider();
        try
        {
            // Load the seed now: a broken seed stops start-up with its message.
            var dns = SimulatedDns.FromHeroku(provider.GetRequiredService<HerokuSimulator>(), clock);
            var cloudflareToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
            SimulatorServer? self = null;
            var app = new ApplicationBuilder(provider);
            app.Use(async (context, next) =>
            {
                await next(context);
                if (self is not null && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
                    self.Record(new HerokuChange(clock.GetUtcNow(), context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode));
            });
            app.UseRouting();
            app.UseEndpoints(endpoints =>
            {
                endpoints.MapHerokuSimulator();
                endpoints.MapGroup("/" + CloudflarePath).MapCloudflareApi(dns, cloudflareToken);
            });
            var pipeline = app.Build();

            var options = new KestrelServerOptions { ApplicationServices = provider, AddServerHeader = false };
            options.Listen(IPAddress.Loopback, 0);
            var server = new KestrelServer(Microsoft.Extensions.Options.Options.Create(options),
                new SocketTransportFactory(Microsoft.Extensions.Options.Options.Create(new SocketTransportOptions()), NullLoggerFactory.Instance), NullLoggerFactory.Instance);
            await server.StartAsync(new PipelineApplication(pipeline, new DefaultHttpContextFactory(provider)), cancellationToken);
            var address = server.Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            self = new SimulatorServer(server, provider, new Uri(address.TrimEnd('/') + "/"), dns, cloudflareToken);
            return self;
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }
    }

    private void Record(HerokuChange change)
    {
        lock (_gate)
        {
            _changes.Enqueue(change);
            while (_changes.Count > ChangeCapacity)
                _changes.Dequeue();
        }

        Changed?.Invoke(this, change);
    }

    public async ValueTask DisposeAsync()
    {
        await _nameServer.DisposeAsync();
        await _server.StopAsync(CancellationToken.None);
        _server.Dispose();
        await _services.DisposeAsync();
    }

    /// <summary>Kestrel's view of an application: contexts from the factory, requests through the pipeline.</summary>
    private sealed class PipelineApplication(RequestDelegate pipeline, IHttpContextFactory contexts) : IHttpApplication<HttpContext>
    {
        public HttpContext CreateContext(IFeatureCollection contextFeatures) => contexts.Create(contextFeatures);

        public Task ProcessRequestAsync(HttpContext context) => pipeline(context);

        public void DisposeContext(HttpContext context, Exception? exception) => contexts.Dispose(context);
    }
}
