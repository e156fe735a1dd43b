using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Cutover.Sandbox.Runtime;

/// <summary>The one start-up line that says the sandbox is on and which URL to open.</summary>
internal static class SandboxAnnouncement
{
    public const string Marker = "Cutover sandbox:";

    /// <summary>Once the host listens: writes the line to standard output, plain, so it stands out of the JSON log.</summary>
    public static void AnnounceWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            System.Console.Out.WriteLine(Line(addresses));
        });
    }

    /// <summary>
    /// <c>Cutover sandbox: open http://127.0.0.1:5000/ …</c>. A wildcard address (<c>http://*:5000</c>, <c>[::]</c>,
    /// <c>0.0.0.0</c>) is shown as localhost, which a browser on the same machine can open.
    /// </summary>
    public static string Line(IEnumerable<string> addresses)
    {
        var url = addresses.Select(Openable).FirstOrDefault(u => u.StartsWith("http://", StringComparison.Ordinal))
                  ?? addresses.Select(Openable).FirstOrDefault()
                  ?? "this host's address";
        return $"{Marker} open {url} to rehearse a migration (no Slack, Teams or Heroku credentials are set, so Heroku is simulated "
               + "and the chat is that page; try /cutover plan demo-app to demo-space).";
    }

    private static string Openable(string address)
    {
        var fixedHost = address
            .Replace("://*:", "://localhost:", StringComparison.Ordinal)
            .Replace("://+:", "://localhost:", StringComparison.Ordinal)
            .Replace("://[::]:", "://localhost:", StringComparison.Ordinal)
            .Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal);
        return fixedHost.EndsWith('/') ? fixedHost : fixedHost + "/";
    }
}
