namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The URLs the API hands out: <c>logplex_url</c> of log sessions and <c>output_stream_url</c> of builds and
/// release phases. Like Heroku's, they are capability URLs: no Accept header or token needed. A log stream
/// is Server-Sent Events when the caller accepts <c>text/event-stream</c>, plain lines otherwise; it ends
/// after the session's lines (plus a short tail).
/// </summary>
internal static class StreamEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/logplex/sessions/{session}", async (HttpContext http, HerokuSimulator sim, string session) =>
        {
            var lines = sim.Run(w =>
            {
                var found = w.LogSessions.FirstOrDefault(s => Json.Id(s.Id) == session && w.Apps.Contains(s.App));
                return found is null ? null : SessionLogStream.Lines(w, found);
            });
            if (lines is null)
                return Results.Text("Session not found or expired; create a new log session.\n", "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
            await WriteAsync(http, lines);
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

    private static async Task WriteAsync(HttpContext http, IReadOnlyList<string> lines)
    {
        var events = http.Request.Headers.Accept.ToString().Contains("text/event-stream", StringComparison.OrdinalIgnoreCase);
        http.Response.ContentType = events ? "text/event-stream; charset=utf-8" : "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
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
