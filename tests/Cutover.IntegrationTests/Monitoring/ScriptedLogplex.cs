namespace Cutover.IntegrationTests.Monitoring;

/// <summary>
/// A loopback stand-in for the two ends of a Heroku log read whose stream behaves as a test scripts it: the
/// first <see cref="ExpiredSessions"/> sessions' streams answer 404 (expired), then the stream is Server-Sent
/// Events with comments and other fields between the data lines, and never ends unless <see cref="EndAfter"/> is set.
/// </summary>
public sealed class ScriptedLogplex : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _sessions;

    private ScriptedLogplex(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public int ExpiredSessions { get; init; }

    public int? EndAfter { get; init; }

    public int Sessions => Volatile.Read(ref _sessions);

    public List<string> SessionBodies { get; } = [];

    public List<string> StreamAccepts { get; } = [];

    public static async Task<ScriptedLogplex> StartAsync(int expiredSessions = 0, int? endAfter = null)
    {
        var app = LoopbackApp.Create();
        var logplex = new ScriptedLogplex(app) { ExpiredSessions = expiredSessions, EndAfter = endAfter };
        app.MapPost("/apps/{app}/log-sessions", async (HttpRequest request, string app) =>
        {
            var number = Interlocked.Increment(ref logplex._sessions);
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            lock (logplex.SessionBodies)
                logplex.SessionBodies.Add(body);
            return Results.Json(new
            {
                id = $"0000000{number}-0000-4000-8000-000000000000",
                logplex_url = $"{logplex.BaseAddress}stream/{number}?srv=secret-capability",
                created_at = "2026-03-05T18:00:00Z",
            }, statusCode: 201);
        });
        app.MapGet("/stream/{number:int}", async (HttpContext http, int number) =>
        {
            lock (logplex.StreamAccepts)
                logplex.StreamAccepts.Add(http.Request.Headers.Accept.ToString());
            if (number <= logplex.ExpiredSessions)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "text/event-stream";
            await http.Response.WriteAsync(": connected\nretry: 1000\n\n", http.RequestAborted);
            for (var i = 0; logplex.EndAfter is not { } end || i < end; i++)
            {
                var line = string.Create(CultureInfo.InvariantCulture,
                    $"2026-03-05T18:00:{i % 60:00}.000000+00:00 heroku[router]: at=info method=GET path=\"/\" status=200 service={i % 50}ms");
                await http.Response.WriteAsync($"id: {i}\nevent: message\ndata: {line}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                if (logplex.EndAfter is null)
                    await Task.Delay(20, http.RequestAborted);
            }
        });
        var address = await app.StartOnLoopbackAsync();
        logplex.BaseAddress = address;
        return logplex;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
