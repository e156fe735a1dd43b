using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Cutover.Testing;

/// <summary>
/// A minimal Kestrel app on 127.0.0.1 with an OS-assigned port and no logging: what every fake that speaks HTTP
/// (Slack, Bot Connector, Graph, Cloudflare, the Heroku simulator, Logplex) stands on.
/// </summary>
public static class LoopbackApp
{
    /// <summary>The app, not started yet: map its routes, then <see cref="StartOnLoopbackAsync"/>.</summary>
    public static WebApplication Create(Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure?.Invoke(builder);
        return HostBuilds.OneAtATime(builder.Build);
    }

    /// <summary>Starts the app and returns its base address, <c>http://127.0.0.1:&lt;port&gt;/</c>.</summary>
    public static async Task<Uri> StartOnLoopbackAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Creates, maps and starts an app in one go.</summary>
    public static async Task<(WebApplication App, Uri BaseAddress)> StartAsync(Action<WebApplication> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var app = Create();
        map(app);
        return (app, await app.StartOnLoopbackAsync());
    }
}
