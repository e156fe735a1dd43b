using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Cutover.Chat.Slack.Verification;

namespace Cutover.Benchmarks;

/// <summary>
/// The load generator of the acknowledgement benchmark, the same for every server it drives: rounds of concurrent,
/// correctly signed Slack requests — half <c>/cutover help</c> commands, half approve-button clicks, each with a trigger
/// of its own — timed from just before sending to the end of the answer.
/// </summary>
internal sealed class SlackLoadClient(string signingSecret) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10) });
    private int _sequence;

    /// <summary>Sends <paramref name="concurrency"/> requests to <paramref name="server"/> at once; each one's time in <see cref="Stopwatch"/> ticks.</summary>
    /// <exception cref="InvalidOperationException">A request was not answered 200.</exception>
    public async Task<long[]> RoundAsync(Uri server, int concurrency)
    {
        var results = await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => SendAsync(server, Interlocked.Increment(ref _sequence), i % 2 == 0)));
        var refused = results.Where(r => r.Status != 200).Select(r => r.Status).ToList();
        return refused.Count == 0
            ? [.. results.Select(r => r.Ticks)]
            : throw new InvalidOperationException($"{server} answered {refused.Count} of {concurrency} requests with {string.Join(",", refused.Distinct())}");
    }

    private async Task<(long Ticks, int Status)> SendAsync(Uri server, int n, bool command)
    {
        var body = command
            ? $"team_id=T1&channel_id=C1&user_id=U-req&command=%2Fcutover&text=help&trigger_id=load.{n}"
            : "payload=" + Uri.EscapeDataString(
                $$"""{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U-alice"},"channel":{"id":"C1"},"trigger_id":"load.{{n}}","container":{"type":"message","message_ts":"1700000000.{{n:D6}}","channel_id":"C1"},"message":{"ts":"1700000000.{{n:D6}}"},"actions":[{"action_id":"runbook.approve-step","block_id":"b","value":"{\"run\":{{n}},\"step\":\"preflight\",\"v\":1}","type":"button","action_ts":"1700000001.0"}]}""");
        var bytes = Encoding.UTF8.GetBytes(body);
        var (timestamp, signature) = SlackSignature.Sign(signingSecret, DateTimeOffset.UtcNow, bytes);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, command ? "slack/commands" : "slack/interactions"))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignature.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignature.SignatureHeader, signature);
        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request);
        return (Stopwatch.GetTimestamp() - started, (int)response.StatusCode);
    }

    public void Dispose() => _http.Dispose();
}
