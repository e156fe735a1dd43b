using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>
/// The real host with nothing configured — so in sandbox mode — on a real loopback port. Credentials the machine's
/// environment might carry are blanked, so the mode is decided by <paramref name="settings"/> alone.
/// </summary>
public sealed class SandboxApp(IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns the base address, with a trailing slash.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var blank in new[] { "DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId", "MicrosoftAppPassword",
                     "HEROKU_API_TOKEN", "HEROKU_API_URL", "HEROKU_DATA_API_URL", "CUTOVER_APPROVERS", "CUTOVER_SANDBOX" })
            builder.UseSetting(blank, string.Empty);
        builder.UseSetting("Scheduler:ClusterCheckinInterval", "00:00:02");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }
}
