using System.Net;
using BenchmarkDotNet.Engines;
using Cutover.Testing;

namespace Cutover.Benchmarks;

/// <summary>
/// The sandbox as a newcomer meets it: <c>Cutover.Host</c> started as its own process with nothing configured (so in
/// sandbox mode: the Heroku simulator on its own port, a fresh SQLite file migrated at start, Quartz, the console), from
/// process start until <c>/healthz</c> answers 200 — cold start to ready. After each start the host idles for
/// <see cref="Idle"/> and its resident set size is read from <c>/proc/&lt;pid&gt;/status</c> (idle RSS); then it is
/// stopped with SIGTERM. The same host with the sandbox forced off (a fresh SQLite file too) is measured alongside, to
/// show what the sandbox itself costs. Goals for the sandbox: ready within 2 s, idle RSS within 150 MB.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public class SandboxStartupBenchmarks
{
    /// <summary>How long the host sits without requests before its RSS is read.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<bool, List<double>> RssMegabytes = new() { [true] = [], [false] = [] };
    private ProcessRunner? _host;
    private string? _database;

    /// <summary>True: nothing configured (sandbox mode). False: <c>CUTOVER_SANDBOX=false</c>, the plain host.</summary>
    [Params(true, false)]
    public bool Sandbox { get; set; }

    [Benchmark(Description = "cold start to ready")]
    public async Task ColdStartToReady()
    {
        var port = ProcessRunner.FreePort();
        var environment = new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" };
        foreach (var credential in new[] { "SLACK_BOT_TOKEN", "MicrosoftAppId", "HEROKU_API_TOKEN", "DATABASE_URL" })
            environment[credential] = string.Empty;
        environment["CUTOVER_SANDBOX"] = Sandbox ? string.Empty : "false";
        if (!Sandbox)
        {
            _database = Path.Combine(Path.GetTempPath(), $"cutover-bench-{Guid.NewGuid():N}.db");
            environment["Database__SqlitePath"] = _database;
        }

        _host = ProcessRunner.Start("dotnet", [HostDll], Path.GetDirectoryName(HostDll)!, environment);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        while (true)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (_host.HasExited)
                throw new InvalidOperationException($"Cutover.Host exited with {_host.ExitCode} before it was ready.");
            await Task.Delay(10);
        }
    }

    [IterationCleanup]
    public void Stop()
    {
        if (_host is null)
            return;
        Thread.Sleep(Idle);
        var status = File.ReadAllLines($"/proc/{_host.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        RssMegabytes[Sandbox].Add(double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024);
        // SIGTERM, as a dyno is stopped: the host shuts down (the sandbox deletes its scratch database).
        _host.Dispose();
        _host = null;
        if (_database is not null)
        {
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                File.Delete(_database + suffix);
            _database = null;
        }
    }

    [GlobalCleanup]
    public void Report()
    {
        var sorted = RssMegabytes[Sandbox].Order().ToList();
        if (sorted.Count == 0)
            return;
        Console.WriteLine(FormattableString.Invariant(
            $"// Idle RSS (Sandbox={Sandbox}) after {Idle.TotalSeconds:0} s, {sorted.Count} starts: median {sorted[sorted.Count / 2]:0.0} MB, min {sorted[0]:0.0} MB, max {sorted[^1]:0.0} MB"));
    }

    /// <summary>The host built next to this checkout (the project reference builds it; Release like the benchmarks).</summary>
    private static string HostDll { get; } = FindHost();

    private static string FindHost()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Cutover.Host", "bin", "Release", "net10.0", "Cutover.Host.dll");
            if (File.Exists(candidate))
                return candidate;
        }

        throw new InvalidOperationException("Build src/Cutover.Host in Release first (dotnet build -c Release Bot.sln).");
    }
}
