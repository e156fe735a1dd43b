using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>The real host (Program) with <paramref name="settings"/> and, when given, a clock that Quartz uses too.</summary>
internal sealed class ProgramFactory(IReadOnlyDictionary<string, string> settings, TimeProvider? clock) : WebApplicationFactory<Program>
{
    /// <summary>Serves the host on a real loopback port (for fakes that call it over HTTP) and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    /// <summary>
    /// Stops the host. On a fake clock, Quartz (waiting for running jobs) and the HTTP resilience pipelines (waiting for
    /// requests in flight) wait on that clock while they stop, so it moves meanwhile (see <see cref="FakeClockShutdown"/>).
    /// </summary>
    public override ValueTask DisposeAsync() =>
        clock is FakeTimeProvider fake ? new(fake.AdvanceWhileAsync(base.DisposeAsync, "the Cutover host")) : base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
