using System.Text.RegularExpressions;
using Cutover.Testing;

namespace Cutover.BrowserTests;

/// <summary>
/// Cutover.Host started as its own process with nothing configured, so in sandbox mode, on a free loopback port; the
/// URL is the one its start-up line announces. Disposing it stops the host as Heroku would (SIGTERM, so it shuts down
/// and removes its scratch database), killing it if it hangs.
/// </summary>
public sealed partial class SandboxHost : IDisposable
{
    private readonly ProcessRunner _process;

    private SandboxHost(ProcessRunner process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public string Output => _process.Output;

    public static async Task<SandboxHost> StartAsync()
    {
        var environment = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = "http://127.0.0.1:0" };
        foreach (var credential in new[] { "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId", "HEROKU_API_TOKEN", "DATABASE_URL", "CUTOVER_SANDBOX" })
            environment[credential] = string.Empty;
        var process = ProcessRunner.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "Cutover.Host.dll")], AppContext.BaseDirectory, environment);
        try
        {
            var line = await process.WaitForLineAsync("Cutover sandbox: open ", TimeSpan.FromSeconds(60));
            return Announcement().Match(line) is { Success: true } match
                ? new SandboxHost(process, new Uri(match.Groups["url"].Value))
                : throw new InvalidOperationException($"Cutover.Host announced no sandbox URL in \"{line}\":\n{process.Output}");
        }
        catch (Exception exception) when (exception is TimeoutException or InvalidOperationException)
        {
            process.Dispose();
            throw new InvalidOperationException($"Cutover.Host never announced the sandbox URL:\n{process.Output}", exception);
        }
    }

    public void Dispose() => _process.Dispose();

    [GeneratedRegex(@"^Cutover sandbox: open (?<url>http://\S+/) ", RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();
}
