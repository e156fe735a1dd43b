using System.Diagnostics;
using System.Runtime.InteropServices;
using Cutover.Testing;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Cutover.Benchmarks;

/// <summary>
/// Slack's 3-second rule, side by side with Bolt-js: Cutover.Host (its own process, Slack configured) and the minimal
/// Bolt app of <c>bolt/app.js</c> (its own Node.js process) take the same client's rounds of concurrent signed requests
/// (<see cref="SlackLoadClient"/>), in alternating order, so both see the same machine at the same time. Each round
/// starts once Cutover's worker has finished the requests of the rounds before (its queue is empty), so neither server's
/// round pays for the other's leftover work; the worker does run during Cutover's own rounds, as it would in production,
/// and that counts against Cutover. Cutover runs on
/// a fresh SQLite file and on PostgreSQL (<c>--postgres URL</c>, else a throwaway server with durable settings), at each
/// concurrency of <see cref="Concurrencies"/>. Each server is a process of its own, as in production, so neither shares
/// a runtime, thread pool or garbage collector with the load generator; Cutover runs in its own directory, as a dyno
/// runs in /app. Its worker replies to a loopback fake of Slack's Web API. The warm-up rounds give .NET's tiered JIT time
/// to settle. Prints p50, p99 and max per configuration, the Cutover/Bolt ratios, and each server's CPU time a request.
/// Run: <c>dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-load [--postgres URL] [--host Cutover.Host.dll]</c>;
/// <c>--smoke</c>: one round of 10 on SQLite (checks that the harness runs, measures nothing).
/// </summary>
internal static class SlackAckLoad
{
    internal const string Secret = "load-signing-secret";
    private const int Rounds = 20;
    private const int WarmupRounds = 10;
    private static readonly int[] Concurrencies = [100, 400];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(2);

    /// <param name="arguments"><c>--postgres URL</c> (Heroku format) and <c>--host</c> (another build of Cutover.Host.dll to measure).</param>
    /// <param name="smoke">One round of 10 requests on SQLite, no warm-up.</param>
    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, bool smoke = false)
    {
        var (postgresUrl, hostDll) = (Option(arguments, "--postgres"), Option(arguments, "--host"));
        var (concurrencies, rounds, warmup) = smoke ? ([10], 1, 0) : (Concurrencies, Rounds, WarmupRounds);
        var providers = smoke ? [DatabaseProvider.Sqlite] : new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
        Console.WriteLine($"Slack acknowledgements, Cutover ({hostDll ?? "this build"}) and Bolt-js {BoltApp.Version}: {rounds} rounds after {warmup} warm-up per configuration");
        Console.WriteLine($"machine: {Machine()}; load average before: {LoadAverage()}");

        var (slack, slackAddress) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/api/{method}", () => Results.Json(new { ok = true, channel = "C1", ts = "1700000000.000100", message_ts = "1700000000.000100" })));
        await using var _ = slack;
        using var bolt = await BoltApp.StartAsync(Secret);
        using var client = new SlackLoadClient(Secret);
        var rows = new List<string>();
        foreach (var provider in providers)
        {
            var databaseUrl = provider == DatabaseProvider.Postgres
                ? postgresUrl ?? await (await PostgresServer.StartDurableAsync()).CreateDatabaseAsync("slackload")
                : string.Empty;
            using var cutover = await StartCutoverAsync(databaseUrl, new Uri(slackAddress, "api/"), hostDll);
            var cutoverAddress = new Uri($"http://127.0.0.1:{cutover.Port}/");
            var queue = new CutoverDbContextFactory(DatabaseSettings.Resolve(databaseUrl.Length > 0 ? databaseUrl : null, cutover.SqlitePath));
            foreach (var concurrency in concurrencies)
            {
                var (ours, theirs) = (new LongHistogram(TimeStamp.Seconds(60), 3), new LongHistogram(TimeStamp.Seconds(60), 3));
                var (ourCpu, theirCpu) = (TimeSpan.Zero, TimeSpan.Zero);
                for (var round = -warmup; round < rounds; round++)
                {
                    if (round == 0)
                        (ourCpu, theirCpu) = (CpuTime(cutover.Id), CpuTime(bolt.Id));
                    // Alternating who goes first, so neither always meets the other's leftover work.
                    var order = round % 2 == 0 ? new[] { (cutoverAddress, ours), (bolt.BaseAddress, theirs) } : [(bolt.BaseAddress, theirs), (cutoverAddress, ours)];
                    foreach (var (server, histogram) in order)
                    {
                        await DrainedAsync(queue);
                        var times = await client.RoundAsync(server, concurrency);
                        if (round >= 0)
                            Array.ForEach(times, histogram.RecordValue);
                    }
                }

                var requests = (double)rounds * concurrency;
                (ourCpu, theirCpu) = ((CpuTime(cutover.Id) - ourCpu) / requests, (CpuTime(bolt.Id) - theirCpu) / requests);
                rows.Add(Row(provider, concurrency, ours, theirs) + string.Create(CultureInfo.InvariantCulture,
                    $" {ourCpu.TotalMilliseconds:0.00} ms | {theirCpu.TotalMilliseconds:0.00} ms |"));
                Console.WriteLine(rows[^1]);
            }

            Console.WriteLine($"{provider}: Cutover peak RSS {PeakRssMegabytes(cutover.Id)} MB; it logged {cutover.StandardOutput.Count(c => c == '\n')} lines");
        }

        Console.WriteLine($"Bolt peak RSS {PeakRssMegabytes(bolt.Id)} MB; load average after: {LoadAverage()}");
        // CPU per request: the server process's CPU time over the measured rounds (Cutover's includes its worker's).
        Console.WriteLine("| provider | concurrent | Cutover p50 | p99 | max | Bolt p50 | p99 | max | Cutover/Bolt p50 | p99 | CPU/request Cutover | Bolt |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>Waits until Cutover's worker has done every stored request.</summary>
    internal static async Task DrainedAsync(CutoverDbContextFactory queue, TimeSpan? patience = null)
    {
        var timeout = patience ?? DrainTimeout;
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            await using var db = queue.CreateDbContext();
            var pending = await db.InboundRequests.CountAsync(r => !r.Completed);
            if (pending == 0)
                return;
            if (Stopwatch.GetTimestamp() > deadline)
                throw new InvalidOperationException($"Cutover's worker left {pending} requests undone for {timeout.TotalMinutes:0} minutes.");
            await Task.Delay(10);
        }
    }

    /// <summary>Starts Cutover.Host in Slack mode on <paramref name="databaseUrl"/> (empty: a fresh SQLite file), with <paramref name="runtime"/> added to its environment (GC settings to compare).</summary>
    internal static async Task<HostProcess> StartCutoverAsync(string databaseUrl, Uri slackApi, string? hostDll,
        IReadOnlyDictionary<string, string>? runtime = null)
    {
        hostDll ??= Path.Combine(AppContext.BaseDirectory, "Cutover.Host.dll");
        var host = HostProcess.Start(new Dictionary<string, string>(runtime ?? new Dictionary<string, string>())
        {
            ["DATABASE_URL"] = databaseUrl,
            ["CUTOVER_SANDBOX"] = "false",
            ["SLACK_BOT_TOKEN"] = "xoxb-load-0000",
            ["SLACK_SIGNING_SECRET"] = Secret,
            ["SLACK_API_URL"] = slackApi.ToString(),
            ["CUTOVER_APPROVERS"] = "slack:U-alice",
            ["MicrosoftAppId"] = string.Empty,
            ["HEROKU_API_TOKEN"] = string.Empty,
        }, hostDll, Path.GetDirectoryName(Path.GetFullPath(hostDll)));
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri($"http://127.0.0.1:{host.Port}/") };
        var deadline = Stopwatch.GetTimestamp() + (long)(StartTimeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                    return host;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (await host.WaitForExitAsync(TimeSpan.FromMilliseconds(50)) is not null || Stopwatch.GetTimestamp() > deadline)
            {
                var output = host.StandardOutput + host.StandardError;
                host.Dispose();
                throw new InvalidOperationException($"Cutover.Host was not ready within {StartTimeout.TotalSeconds:0} s:\n{output}");
            }
        }
    }

    private static string Row(DatabaseProvider provider, int concurrency, LongHistogram cutover, LongHistogram bolt) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {provider} | {concurrency} | {Ms(cutover, 50)} | {Ms(cutover, 99)} | {Ms(cutover, 100)} | {Ms(bolt, 50)} | {Ms(bolt, 99)} | {Ms(bolt, 100)} | "
            + $"{Ratio(cutover, bolt, 50)} | {Ratio(cutover, bolt, 99)} |");

    private static double Milliseconds(LongHistogram histogram, double percentile) =>
        histogram.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;

    private static string Ms(LongHistogram histogram, double percentile) =>
        Milliseconds(histogram, percentile).ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    private static string Ratio(LongHistogram cutover, LongHistogram bolt, double percentile) =>
        (Milliseconds(cutover, percentile) / Milliseconds(bolt, percentile)).ToString("0.00", CultureInfo.InvariantCulture);

    internal static string? Option(IReadOnlyList<string> arguments, string name)
    {
        var at = arguments.ToList().IndexOf(name);
        return at < 0 ? null
            : at + 1 < arguments.Count ? arguments[at + 1]
            : throw new ArgumentException($"{name} needs a value");
    }

    internal static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        return $"{cpu ?? "unknown CPU"}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}";
    }

    internal static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    /// <summary>The CPU time the process has used, user and system (<c>/proc/&lt;pid&gt;/stat</c>, in clock ticks of 10 ms).</summary>
    private static TimeSpan CpuTime(int processId)
    {
        // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromMilliseconds(10.0 * (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)));
    }

    /// <summary>The process's resident set now (<c>VmRSS</c>).</summary>
    internal static long RssMegabytes(int processId) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;

    /// <summary>The process's peak resident set (<c>VmHWM</c>).</summary>
    internal static long PeakRssMegabytes(int processId) =>
        long.Parse(File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
