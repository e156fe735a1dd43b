namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Log sessions: a <c>logplex_url</c> back to the simulator that streams realistic, bounded log lines.</summary>
public sealed partial class SimulatorLogTests : SimulatorTests
{
    [Fact]
    public async Task LogStream_ForARunningApp_HasRouterAppAndRuntimeMetricsLines()
    {
        var lines = await StreamAsync("demo-app", new { lines = 400 });

        Assert.Equal(400, lines.Count);
        Assert.All(lines, line => Assert.Matches(LogLine(), line));
        var router = lines.Where(l => l.Contains(" heroku[router]: ", StringComparison.Ordinal)).ToList();
        Assert.True(router.Count > 100, $"{router.Count} router lines");
        Assert.All(router, line => Assert.Matches(RouterFields(), line));
        Assert.Contains(router, l => l.Contains("status=200", StringComparison.Ordinal));
        Assert.Contains(router, l => l.Contains("status=404", StringComparison.Ordinal) || l.Contains("status=500", StringComparison.Ordinal));
        Assert.Contains(router, l => l.Contains("host=www.demo-app.example.com", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" app[web.1]: ", StringComparison.Ordinal) || l.Contains(" app[web.2]: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" app[worker.1]: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => MemorySample().IsMatch(l));
        Assert.Contains(lines, l => l.Contains("sample#load_avg_1m=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogStream_OverManySessions_IncludesH12H13AndH10()
    {
        var lines = new List<string>();

        for (var i = 0; i < 5; i++)
            lines.AddRange(await StreamAsync("demo-app", new { lines = 1500, source = "heroku", dyno_name = "router" }));

        Assert.All(lines, l => Assert.Contains(" heroku[router]: ", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("code=H12 desc=\"Request timeout\"", StringComparison.Ordinal) && l.Contains("service=30000ms status=503", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("code=H13 desc=\"Connection closed without response\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("code=H10 desc=\"App crashed\"", StringComparison.Ordinal));
        var errors = lines.Count(l => l.Contains("at=error", StringComparison.Ordinal));
        Assert.InRange(errors, lines.Count / 200, lines.Count / 10);
    }

    [Fact]
    public async Task LogStream_AppInMaintenance_RouterAnswersH80()
    {
        await Heroku.PatchJsonAsync("apps/demo-app", new { maintenance = true });

        var lines = await StreamAsync("demo-app", new { lines = 50, source = "heroku", dyno = "router" });

        Assert.Equal(50, lines.Count);
        Assert.All(lines, l => Assert.Contains("code=H80 desc=\"Maintenance mode\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogStream_AppWithoutMetricsFeature_HasNoRuntimeMetrics()
    {
        var lines = await StreamAsync("marketing-site", new { lines = 300 });

        Assert.DoesNotContain(lines, l => l.Contains("sample#", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("heroku[router]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LogStream_AcceptingEventStream_IsServerSentEventsThenEnds()
    {
        var session = await Heroku.PostJsonAsync("apps/demo-app/log-sessions", new { lines = 10 });

        using var stream = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri((string)session.Body!["logplex_url"]!));
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await stream.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var events = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        Assert.All(events, e => Assert.StartsWith("data: ", e, StringComparison.Ordinal));
        Assert.InRange(events.Length, 10, 100);
    }

    [Fact]
    public async Task LogStream_Tail_StaysOpenAndCarriesLinesAsTheClockMoves()
    {
        var session = await Heroku.PostJsonAsync("apps/demo-app/log-sessions", new { lines = 20, tail = true });
        var opened = Host.Clock.GetUtcNow();

        using var stream = new HttpClient();
        using var response = await stream.GetAsync(new Uri((string)session.Body!["logplex_url"]!), HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var lines = new List<string>();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // Past the recent lines and two minutes of simulator time: a tail that closed would end the read with null.
        while (lines.Count < 20 || !lines[^1].StartsWith(opened.AddMinutes(2).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            var read = reader.ReadLineAsync(deadline.Token).AsTask();
            while (!read.IsCompleted)
            {
                Host.Clock.Advance(TimeSpan.FromSeconds(1));
                await Task.WhenAny(read, Task.Delay(5, deadline.Token));
            }

            lines.Add(await read ?? throw new InvalidOperationException($"The tail ended after {lines.Count} lines."));
        }

        var live = lines.Skip(20).ToList();
        Assert.True(live.Count > 60, $"{live.Count} live lines");
        Assert.All(live, l => Assert.True(string.CompareOrdinal(l, opened.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)) > 0, l));
        Assert.Equal(live.Order(StringComparer.Ordinal), live);
    }

    [Fact]
    public async Task LogStream_UnknownSession_Returns404()
    {
        using var stream = new HttpClient { BaseAddress = Host.BaseAddress };

        using var response = await stream.GetAsync(new Uri($"logplex/sessions/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<string>> StreamAsync(string app, object session)
    {
        var (status, body, _) = await Heroku.PostJsonAsync($"apps/{app}/log-sessions", session);
        Assert.Equal(HttpStatusCode.Created, status);
        var url = (string)body!["logplex_url"]!;
        Assert.StartsWith(Host.BaseAddress.ToString(), url, StringComparison.Ordinal);
        using var stream = new HttpClient();
        var text = await stream.GetStringAsync(new Uri(url));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00 (heroku|app)\[[\w.-]+\]: .+$")]
    private static partial Regex LogLine();

    [GeneratedRegex(@"(at=info|at=error code=H\d\d desc=""[^""]+"") method=(GET|POST) path=""[^""]+"" host=\S+ request_id=[0-9a-f-]{36} fwd=""[\d.]+"" dyno=\S* connect=(\d+ms)? service=(\d+ms)? status=\d{3} bytes=\d* protocol=https$")]
    private static partial Regex RouterFields();

    [GeneratedRegex(@"heroku\[web\.\d\]: source=web\.\d dyno=heroku\.\d+\.[0-9a-f-]{36} sample#memory_total=\d+\.\d\dMB sample#memory_rss=")]
    private static partial Regex MemorySample();
}
