namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The URLs the API hands out: <c>logplex_url</c> of log sessions and <c>output_stream_url</c> of builds and
/// release phases. Like Heroku's, they are capability URLs: no Accept header or token needed. A log stream
/// is Server-Sent Events when the caller accepts <c>text/event-stream</c>, plain lines otherwise. It ends after
/// the session's recent lines, unless the session tails: then, as on Heroku, it stays open and carries each new
/// line as the simulator's clock passes it, until the caller goes away or the app is destroyed.
/// </summary>
internal static class StreamEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/logplex/sessions/{session}", async (HttpContext http, HerokuSimulator sim, string session) =>
        {
            var (found, lines, since) = sim.Run(w =>
            {
                var found = w.LogSessions.FirstOrDefault(s => Json.Id(s.Id) == session && w.Apps.Contains(s.App));
                return found is null ? (null, [], w.Now) : (found, SessionLogStream.Lines(w, found), w.Now);
            });
            if (found is null)
                return Results.Text("Session not found or expired; create a new log session.\n", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
            await WriteAsync(http, lines);
            if (found.Tail)
                await FollowAsync(http, sim, found, since);
            return Results.Empty;
        });
        routes.MapGet("/streams/{id:guid}", async (HttpContext http, HerokuSimulator sim, Guid id) =>
        {
            var lines = sim.Run(w => OutputStream.For(w, id));
            if (lines is null)
                return Results.Text("Not found.\n", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
            await WriteAsync(http, lines);
            return Results.Empty;
        });
    }

    /// <summary>Every second of simulator time, the lines that second brought; until the caller disconnects.</summary>
    private static async Task FollowAsync(HttpContext http, HerokuSimulator sim, SimLogSession session, DateTimeOffset since)
    {
        var next = since + TimeSpan.FromMilliseconds(500);
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), sim.Time, http.RequestAborted);
                var (lines, due, now, open) = sim.Run(w =>
                {
                    if (!w.Apps.Contains(session.App))
                        return ([], next, w.Now, false);
                    var (found, due) = SessionLogStream.Since(w, session, since, next);
                    return (found, due, w.Now, true);
                });
                if (!open)
                    return;
                (since, next) = (now, due);
                if (lines.Count > 0)
                    await WriteAsync(http, lines);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller stopped reading: a tail ends when its reader goes away.
        }
    }

    private static async Task WriteAsync(HttpContext http, IReadOnlyList<string> lines)
    {
        var events = http.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);
        if (!http.Response.HasStarted)
        {
            http.Response.ContentType = events ? "text/event-stream; charset=utf-8" : "text/plain; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.StartAsync(http.RequestAborted);
        }

        foreach (var chunk in lines.Chunk(50))
        {
            var text = new StringBuilder();
            foreach (var line in chunk)
                text.Append(events ? $"data: {line}\n\n" : line + "\n");
            await http.Response.WriteAsync(text.ToString(), http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
        }
    }
}
