using Cutover.Testing;

namespace Cutover.Benchmarks;

/// <summary>
/// The minimal Bolt-js app of <c>bolt/app.js</c> as its own Node.js process on a loopback port: what the acknowledgement
/// benchmark holds Cutover against. <c>@slack/bolt</c> (pinned) is installed from npm under <c>.tools/bolt-js</c> the
/// first time, as test.sh installs the Heroku CLI under <c>.tools/heroku-cli</c>.
/// </summary>
internal sealed class BoltApp : IDisposable
{
    public const string Version = "5.1.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly string Prefix = RepositoryFiles.PathOf(".tools", "bolt-js");

    private readonly ProcessRunner _process;

    private BoltApp(ProcessRunner process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>The Node.js process's id.</summary>
    public int Id => _process.Id;

    /// <summary>Installs Bolt when it is missing or another version, then starts the app and waits until it listens.</summary>
    public static async Task<BoltApp> StartAsync(string signingSecret)
    {
        await InstallAsync();
        var port = ProcessRunner.FreePort();
        var process = ProcessRunner.Start("node", [RepositoryFiles.PathOf("tests", "Cutover.Benchmarks", "bolt", "app.js")], Prefix, new Dictionary<string, string>
        {
            ["NODE_PATH"] = Path.Combine(Prefix, "node_modules"),
            ["NODE_ENV"] = "production",
            ["PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["SLACK_SIGNING_SECRET"] = signingSecret,
        });
        try
        {
            await process.WaitForLineAsync("bolt listening", StartTimeout);
            return new BoltApp(process, port);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>What npm installed under <c>.tools/bolt-js</c>; null when Bolt is not there.</summary>
    public static string? InstalledVersion()
    {
        var manifest = Path.Combine(Prefix, "node_modules", "@slack", "bolt", "package.json");
        if (!File.Exists(manifest))
            return null;
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.GetProperty("version").GetString();
    }

    private static async Task InstallAsync()
    {
        if (InstalledVersion() == Version)
            return;
        Console.WriteLine($"slack-load: installing @slack/bolt@{Version} (npm) under {Prefix}");
        var (exitCode, output) = await ProcessRunner.RunAsync("npm",
            ["install", "--prefix", Prefix, "--save-exact", "--no-audit", "--no-fund", "--loglevel=error", $"@slack/bolt@{Version}"], InstallTimeout);
        if (exitCode != 0 || InstalledVersion() != Version)
            throw new InvalidOperationException($"npm could not install @slack/bolt@{Version} (exit code {exitCode}); Node.js and npm come with ./test.sh:\n{output}");
    }

    public void Dispose() => _process.Dispose();
}
