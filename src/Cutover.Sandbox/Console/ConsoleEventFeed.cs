using Microsoft.AspNetCore.Http.Features;

namespace Cutover.Sandbox.Console;

/// <summary>
/// The console's live feed as Server-Sent Events: first a <c>snapshot</c> event with every message, then one event per
/// change (<c>message</c>, <c>update</c>, <c>time</c>, <c>heroku</c>) with its sequence number as the event id, and a
/// comment every <see cref="Heartbeat"/> so proxies keep the connection open. Ends when the client goes away or
/// <c>stopping</c> fires (the host shutting down must not wait for open pages).
/// </summary>
public static class ConsoleEventFeed
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task WriteAsync(HttpContext http, ConsoleChannel channel, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(channel);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        using var subscription = channel.Subscribe();
        try
        {
            await WriteEventAsync(response, subscription.Sequence, "snapshot", subscription.Snapshot, done.Token);
            while (!done.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                beat.CancelAfter(Heartbeat);
                try
                {
                    if (!await subscription.Events.WaitToReadAsync(beat.Token))
                        return;
                }
                catch (OperationCanceledException) when (!done.IsCancellationRequested)
                {
                    await response.WriteAsync(": keep-alive\n\n", done.Token);
                    await response.Body.FlushAsync(done.Token);
                    continue;
                }

                while (subscription.Events.TryRead(out var next))
                    await WriteEventAsync(response, next.Sequence, next.Kind, next.Data, done.Token);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The page closed, or the host is stopping.
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, long sequence, string kind, object data, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(data, data.GetType(), ConsoleJson.Options);
        var text = new StringBuilder()
            .Append("id: ").Append(sequence.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("event: ").Append(kind).Append('\n')
            .Append("data: ").Append(json).Append("\n\n")
            .ToString();
        await response.WriteAsync(text, cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
