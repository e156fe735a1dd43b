using System.Diagnostics;
using System.Text;
using Cutover.Chat.Slack.Verification;
using Cutover.Host;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Cutover.Benchmarks;

/// <summary>
/// Load harness for Slack's 3-second rule: the real host on loopback (SQLite, Slack configured) takes rounds of 100
/// concurrent signed requests — 50 slash commands and 50 button clicks, each with its own trigger — and the time to the
/// 200 of each is recorded in an HDR histogram. Peak RSS is the process's (host and load generator share it).
/// Run: <c>dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-load</c> (<c>--smoke</c>: one round).
/// </summary>
internal static class SlackAckLoad
{
    private const string Secret = "load-signing-secret";
    private const int Concurrency = 100;
    private const int Rounds = 20;
    private const int WarmupRounds = 2;

    /// <param name="smoke">One round and no warm-up: checks that the harness runs, measures nothing.</param>
    public static async Task<int> RunAsync(bool smoke = false)
    {
        var (rounds, warmup) = smoke ? (1, 0) : (Rounds, WarmupRounds);
        var database = Path.Combine(Path.GetTempPath(), $"cutover-load-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:SqlitePath"] = database,
            ["SLACK_BOT_TOKEN"] = "xoxb-load-0000",
            ["SLACK_SIGNING_SECRET"] = Secret,
            // Replies go nowhere: the harness measures acknowledgements, not the worker's posts.
            ["SLACK_API_URL"] = "http://127.0.0.1:9/api/",
            ["CUTOVER_APPROVERS"] = "slack:U-alice",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddCutover();
        await using var app = builder.Build();
        app.MapCutover();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

        using var http = new HttpClient { BaseAddress = address };
        var histogram = new LongHistogram(TimeStamp.Seconds(10), 3);
        var sequence = 0;
        for (var round = -warmup; round < rounds; round++)
        {
            var requests = Enumerable.Range(0, Concurrency).Select(i => Send(http, Interlocked.Increment(ref sequence), i % 2 == 0)).ToList();
            var results = await Task.WhenAll(requests);
            if (results.Any(r => r.Status != 200))
                throw new InvalidOperationException($"non-200 answers: {string.Join(",", results.Where(r => r.Status != 200).Select(r => r.Status))}");
            if (round >= 0) // after the warm-up rounds
                foreach (var (ticks, _) in results)
                    histogram.RecordValue(ticks);
        }

        var peakRss = Process.GetCurrentProcess().PeakWorkingSet64;
        await app.StopAsync();
        File.Delete(database);
        Console.WriteLine(FormattableString.Invariant(
            $"Slack ack latency over {histogram.TotalCount} requests ({rounds} rounds of {Concurrency} concurrent): p50 {Ms(histogram, 50)} ms, p99 {Ms(histogram, 99)} ms, max {Ms(histogram, 100)} ms; peak RSS {peakRss / 1024 / 1024} MB"));
        return 0;
    }

    private static string Ms(LongHistogram histogram, double percentile) =>
        (histogram.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency).ToString("0.0", CultureInfo.InvariantCulture);

    private static async Task<(long Ticks, int Status)> Send(HttpClient http, int n, bool command)
    {
        var body = command
            ? $"team_id=T1&channel_id=C1&user_id=U-req&command=%2Fcutover&text=help&trigger_id=load.{n}"
            : "payload=" + Uri.EscapeDataString(
                $$"""{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U-alice"},"channel":{"id":"C1"},"trigger_id":"load.{{n}}","container":{"type":"message","message_ts":"1700000000.{{n:D6}}","channel_id":"C1"},"message":{"ts":"1700000000.{{n:D6}}"},"actions":[{"action_id":"runbook.approve-step","block_id":"b","value":"{\"run\":{{n}},\"step\":\"preflight\",\"v\":1}","type":"button","action_ts":"1700000001.0"}]}""");
        var bytes = Encoding.UTF8.GetBytes(body);
        var (timestamp, signature) = SlackSignature.Sign(Secret, DateTimeOffset.UtcNow, bytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, command ? "slack/commands" : "slack/interactions")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signature);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        return (Stopwatch.GetTimestamp() - started, (int)response.StatusCode);
    }
}
