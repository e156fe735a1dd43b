using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>The real host (Program) on a test database, with an optional fake clock that Quartz uses too, and extra settings.</summary>
public sealed class CutoverApp(TestDatabase database, TimeProvider? clock = null,
    IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>The approvers every host of these tests has, both Slack users.</summary>
    public const string Approvers = "slack:U-alice slack:U-bob";

    public static readonly ChatUser Alice = new(ChatChannel.Slack, "U-alice");

    public static readonly ChatUser Bob = new(ChatChannel.Slack, "U-bob");

    /// <summary>Serves the host on a real loopback port (for fakes that call it over HTTP) and returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
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
        builder.UseSetting("DATABASE_URL", database.DatabaseUrl ?? string.Empty);
        builder.UseSetting("Database:SqlitePath", database.SqlitePath ?? "unused.db");
        builder.UseSetting("CUTOVER_APPROVERS", Approvers);
        builder.UseSetting("Scheduler:ClusterCheckinInterval", "00:00:02");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
