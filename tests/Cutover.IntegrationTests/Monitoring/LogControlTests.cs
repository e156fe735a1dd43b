namespace Cutover.IntegrationTests.Monitoring;

/// <summary>The simulator's <c>/__simulator/logs/{app}</c> control over HTTP.</summary>
public sealed class LogControlTests : IAsyncLifetime
{
    private SimulatorHost _simulator = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync();
        _http = _simulator.CreateClient(accept: false, token: false);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Post_RouterCode_NextStreamShowsTheLinesOnce()
    {
        var (status, body, _) = await _http.PostJsonAsync("__simulator/logs/demo-app", new { code = "H10", count = 2 });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(2, (int)body!["pending"]!);
        var first = await StreamAsync();
        var second = await StreamAsync();

        // Same app, same (fake) time: the generated traffic repeats; only the injected lines differ.
        Assert.Equal(2, first.Count(IsH10) - second.Count(IsH10));
        Assert.Equal(first.Count - 2, second.Count);
        Assert.Equal(0, _simulator.Simulator.PendingLogLines("demo-app"));
    }

    [Theory]
    [InlineData("{\"code\":\"H42\"}", 422, "Unknown router error code H42")]
    [InlineData("{\"code\":\"R14\"}", 422, "needs the dyno")]
    [InlineData("{\"code\":\"R14\",\"dyno\":\"web.9\"}", 422, "has no dyno web.9")]
    [InlineData("{\"code\":\"H12\",\"count\":0}", 422, "count must be between 1")]
    [InlineData("{\"line\":\"no brackets\"}", 422, "source[process]: message")]
    [InlineData("{}", 422, "Send one of")]
    public async Task Post_BadRequest_422NamingTheProblem(string json, int status, string message)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri("__simulator/logs/demo-app", UriKind.Relative), content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void CSharpControl_BadInput_ThrowsArgumentException()
    {
        var sim = _simulator.Simulator;

        Assert.Contains("Unknown router error code H42", Assert.Throws<ArgumentException>(() => sim.InjectRouterErrors("demo-app", "H42")).Message, StringComparison.Ordinal);
        Assert.Contains("has no dyno web.9", Assert.Throws<ArgumentException>(() => sim.InjectDynoErrors("demo-app", "web.9", "R14")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => sim.InjectLogLine("no-such-app", "heroku[router]: at=info status=200"));
        Assert.Equal(0, sim.PendingLogLines("demo-app"));
    }

    [Fact]
    public async Task Post_UnknownApp_404()
    {
        var (status, _, _) = await _http.PostJsonAsync("__simulator/logs/no-such-app", new { code = "H12" });

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Delete_PendingLines_Forgotten()
    {
        await _http.PostJsonAsync("__simulator/logs/demo-app", new { code = "R15", dyno = "web.1", count = 4 });

        using var response = await _http.DeleteAsync(new Uri("__simulator/logs/demo-app", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, _simulator.Simulator.PendingLogLines("demo-app"));
        Assert.DoesNotContain(await StreamAsync(), l => l.Contains("Error R15", StringComparison.Ordinal));
    }

    private static bool IsH10(string line) => line.Contains("heroku[router]: at=error code=H10 desc=\"App crashed\"", StringComparison.Ordinal);

    private async Task<List<string>> StreamAsync()
    {
        using var heroku = _simulator.CreateClient();
        var (_, session, _) = await heroku.PostJsonAsync("apps/demo-app/log-sessions", new { lines = 200, source = "heroku" });
        using var stream = new HttpClient();
        var text = await stream.GetStringAsync(new Uri((string)session!["logplex_url"]!));
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }
}
