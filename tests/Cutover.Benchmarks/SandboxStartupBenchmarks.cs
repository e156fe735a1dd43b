using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Cutover.Benchmarks;

/// <summary>
/// The sandbox as a newcomer meets it: <c>Cutover.Host</c> started as its own process with nothing configured (so in
/// sandbox mode: the Heroku simulator on its own port, a fresh SQLite file migrated at start, Quartz, the console), from
/// process start until its announced URL serves <c>/healthz</c> — cold start to ready. After each start the host idles
/// for <see cref="Idle"/> and its resident set size is read from <c>/proc/&lt;pid&gt;/status</c> (idle RSS), then it
/// is stopped. Goals: ready within 2 s, idle RSS within 150 MB.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7, invocationCount: 1)]
public partial class SandboxStartupBenchmarks
{
    /// <summary>How long the host sits without requests before its RSS is read.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    private static readonly List<double> RssMegabytes = [];
    private Process? _host;

    [Benchmark(Description = "cold start to ready (sandbox mode)")]
    public async Task ColdStartToReady()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(HostDll)!,
        };
        start.ArgumentList.Add(HostDll);
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var credential in new[] { "SLACK_BOT_TOKEN", "MicrosoftAppId", "HEROKU_API_TOKEN", "DATABASE_URL", "CUTOVER_SANDBOX" })
            start.Environment[credential] = string.Empty;
        var announced = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host = Process.Start(start)!;
        _host.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Announcement().Match(line) is { Success: true } match)
                announced.TrySetResult(new Uri(match.Groups["url"].Value));
        };
        _host.ErrorDataReceived += (_, _) => { };
        _host.BeginOutputReadLine();
        _host.BeginErrorReadLine();

        var url = await announced.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = url };
        while ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode != HttpStatusCode.OK)
            await Task.Delay(10);
    }

    [IterationCleanup]
    public void Stop()
    {
        if (_host is null)
            return;
        Thread.Sleep(Idle);
        var status = File.ReadAllLines($"/proc/{_host.Id}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        RssMegabytes.Add(double.Parse(status.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024);
        _host.Kill(entireProcessTree: true);
        _host.WaitForExit(10_000);
        _host.Dispose();
        _host = null;
    }

    [GlobalCleanup]
    public void Report()
    {
        var sorted = RssMegabytes.Order().ToList();
        if (sorted.Count == 0)
            return;
        Console.WriteLine(FormattableString.Invariant(
            $"// Idle RSS after {Idle.TotalSeconds:0} s, {sorted.Count} starts: median {sorted[sorted.Count / 2]:0.0} MB, min {sorted[0]:0.0} MB, max {sorted[^1]:0.0} MB (goal 150 MB)"));
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

    [GeneratedRegex(@"^Cutover sandbox: open (?<url>http://\S+/) ", RegexOptions.CultureInvariant)]
    private static partial Regex Announcement();
}
