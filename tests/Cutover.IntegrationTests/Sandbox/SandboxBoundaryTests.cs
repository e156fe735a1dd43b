namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The sandbox is there only when nothing real is configured, and never next to a real credential.</summary>
public sealed class SandboxBoundaryTests
{
    public static TheoryData<string, Dictionary<string, string>> RealSetups => new()
    {
        { "Heroku token", new() { ["HEROKU_API_TOKEN"] = "HRKU-0000-real" } },
        { "forced off", new() { ["CUTOVER_SANDBOX"] = "false" } },
    };

    [Theory]
    [MemberData(nameof(RealSetups))]
    public async Task Host_NotInSandboxMode_HasNoConsoleNoApiAndNoSimulator(string row, Dictionary<string, string> settings)
    {
        await using var app = await CutoverTestHost.Unconfigured().WithSettings(settings).OnLoopback().StartAsync();
        using var http = app.CreateClient();

        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var users = await http.GetAsync(new Uri("api/sandbox/users", UriKind.Relative));
        var time = await http.PostAsync(new Uri("api/sandbox/time", UriKind.Relative), null);
        var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.True(page.StatusCode == HttpStatusCode.NotFound, $"{row}: / answered {page.StatusCode}");
        Assert.Equal(HttpStatusCode.NotFound, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, time.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Null(app.Services.GetService<SimulatorServer>());
        Assert.IsNotType<SandboxClock>(app.Services.GetRequiredService<TimeProvider>());
    }

    public static TheoryData<string, Dictionary<string, string>, string> RefusedSetups => new()
    {
        { "forced into the sandbox next to a Slack token", new() { ["CUTOVER_SANDBOX"] = "true", ["SLACK_BOT_TOKEN"] = "xoxb-hunter2", ["SLACK_SIGNING_SECRET"] = "s" },
            "CUTOVER_SANDBOX=true, but SLACK_BOT_TOKEN is set" },
        { "a Heroku URL without a token", new() { ["HEROKU_API_URL"] = "https://api.heroku.com" }, "HEROKU_API_URL is set, but without HEROKU_API_TOKEN" },
        { "sandbox switch not a boolean", new() { ["CUTOVER_SANDBOX"] = "maybe" }, "CUTOVER_SANDBOX must be true or false" },
    };

    [Theory]
    [MemberData(nameof(RefusedSetups))]
    public async Task Host_Process_RefusedSetup_ExitsWithOneLineNamingTheSetting(string row, Dictionary<string, string> environment, string says)
    {
        using var host = HostProcess.Start(environment);

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 1, $"{row}: exit code {exitCode}; stderr: {host.StandardError}");
        var line = Assert.Single(host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Cutover cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", host.StandardError + host.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Cutover sandbox:", host.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_SandboxMode_OneClockForHostQuartzAndSimulatorAndAFreshDatabaseDeletedAtStop()
    {
        string path;
        await using (var app = await CutoverTestHost.Unconfigured().OnLoopback().StartAsync())
        {
            var clock = app.Services.GetRequiredService<SandboxClock>();
            Assert.Same(clock, app.Services.GetRequiredService<TimeProvider>());
            Assert.Same(clock, app.Services.GetRequiredService<SimulatorServer>().Simulator.Time);
            path = app.Services.GetRequiredService<ScratchDatabase>().Path;
            Assert.True(File.Exists(path));
            Assert.StartsWith(Path.GetTempPath(), path, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Host_SandboxStarting_RemovesScratchDatabasesOfKilledSandboxesOnly()
    {
        var abandoned = Path.Combine(Path.GetTempPath(), $"cutover-sandbox-{int.MaxValue}-{Guid.NewGuid():N}.db");
        var alive = Path.Combine(Path.GetTempPath(), $"cutover-sandbox-1-{Guid.NewGuid():N}.db");
        foreach (var file in new[] { abandoned, abandoned + "-wal", alive })
            await File.WriteAllTextAsync(file, "left behind");
        try
        {
            await using var app = await CutoverTestHost.Unconfigured().OnLoopback().StartAsync();

            Assert.False(File.Exists(abandoned));
            Assert.False(File.Exists(abandoned + "-wal"));
            Assert.True(File.Exists(alive), "process 1 still runs, so its file stays");
        }
        finally
        {
            File.Delete(alive);
        }
    }
}
