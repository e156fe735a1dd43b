using Cutover.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cutover.Benchmarks;

/// <summary>
/// Cutover's memory on a dyno's budget (512 MB on basic and standard-1X dynos; Heroku reports R14 above it):
/// Cutover.Host in Slack mode, its own process as on a dyno, is read idle (<c>VmRSS</c> after <see cref="Idle"/>), then
/// takes a burst of <see cref="BurstRequests"/> signed requests from the acknowledgement benchmark's client
/// (<see cref="SlackLoadClient"/>: half <c>/cutover help</c>, half approve clicks, <see cref="Concurrency"/> at a time, one
/// round straight after the other, so the worker falls behind and the queue grows as in a real burst), and is read again
/// once its worker has done every request, and after <see cref="Settle"/> more; the peak (<c>VmHWM</c>) covers it all.
/// By default the host runs with the GC settings it is built with, on SQLite and on PostgreSQL; <c>--compare</c> runs
/// the alternatives of <see cref="Settings"/> on SQLite through the runtime's environment variables, which override the
/// build's. Run: <c>dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-memory [--compare]
/// [--postgres URL] [--host Cutover.Host.dll]</c>; <c>--smoke</c>: 200 requests on SQLite (checks that it runs).
/// </summary>
internal static class SlackMemory
{
    private const int BurstRequests = 20_000;
    private const int Concurrency = 100;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DrainPatience = TimeSpan.FromMinutes(20);

    /// <summary>The GC settings <c>--compare</c> measures, as the runtime's environment variables.</summary>
    private static readonly (string Name, Dictionary<string, string> Environment)[] Settings =
    [
        ("as built", []),
        ("workstation, concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" }),
        ("Server GC, conserve memory 7", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCConserveMemory"] = "7" }),
        ("workstation, non-concurrent", new() { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "0" }),
        ("Server GC, heap limit 160 MB", new() { ["DOTNET_gcServer"] = "1", ["DOTNET_GCHeapHardLimit"] = "0xA000000" }),
    ];

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments, bool smoke = false)
    {
        var (postgresUrl, hostDll, compare) = (SlackAckLoad.Option(arguments, "--postgres"), SlackAckLoad.Option(arguments, "--host"), arguments.Contains("--compare"));
        var (requests, idle, settle) = smoke ? (200, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)) : (BurstRequests, Idle, Settle);
        var runs = compare && !smoke
            ? Settings.Select(s => (DatabaseProvider.Sqlite, s.Name, s.Environment)).ToList()
            : [(DatabaseProvider.Sqlite, Settings[0].Name, Settings[0].Environment)];
        if (!compare && !smoke)
            runs.Add((DatabaseProvider.Postgres, Settings[0].Name, Settings[0].Environment));
        Console.WriteLine($"Cutover's memory ({hostDll ?? "this build"}): idle {idle.TotalSeconds:0} s, a burst of {requests} requests " +
                          $"{Concurrency} at a time, then {settle.TotalSeconds:0} s to settle");
        Console.WriteLine($"machine: {SlackAckLoad.Machine()}; load average before: {SlackAckLoad.LoadAverage()}");

        var (slack, slackAddress) = await LoopbackApp.StartAsync(app =>
            app.MapPost("/api/{method}", () => Results.Json(new { ok = true, channel = "C1", ts = "1700000000.000100", message_ts = "1700000000.000100" })));
        await using var _ = slack;
        using var client = new SlackLoadClient(SlackAckLoad.Secret);
        PostgresServer? postgres = null;
        var rows = new List<string>();
        foreach (var (provider, name, environment) in runs)
        {
            var databaseUrl = provider == DatabaseProvider.Postgres
                ? postgresUrl ?? await (postgres ??= await PostgresServer.StartDurableAsync()).CreateDatabaseAsync("slackmemory")
                : string.Empty;
            using var cutover = await SlackAckLoad.StartCutoverAsync(databaseUrl, new Uri(slackAddress, "api/"), hostDll, environment);
            var address = new Uri($"http://127.0.0.1:{cutover.Port}/");
            var queue = new CutoverDbContextFactory(DatabaseSettings.Resolve(databaseUrl.Length > 0 ? databaseUrl : null, cutover.SqlitePath));
            await Task.Delay(idle);
            var idleRss = SlackAckLoad.RssMegabytes(cutover.Id);
            for (var sent = 0; sent < requests; sent += Concurrency)
                await client.RoundAsync(address, Math.Min(Concurrency, requests - sent));
            await SlackAckLoad.DrainedAsync(queue, DrainPatience);
            var afterBurst = SlackAckLoad.RssMegabytes(cutover.Id);
            await Task.Delay(settle);
            var settled = SlackAckLoad.RssMegabytes(cutover.Id);
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {provider} | {idleRss} MB | {afterBurst} MB | {settled} MB | {SlackAckLoad.PeakRssMegabytes(cutover.Id)} MB |"));
            Console.WriteLine(rows[^1]);
        }

        Console.WriteLine($"load average after: {SlackAckLoad.LoadAverage()}");
        Console.WriteLine("| GC settings | database | idle RSS | after the burst | settled | peak |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }
}
