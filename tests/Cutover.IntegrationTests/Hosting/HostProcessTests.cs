namespace Cutover.IntegrationTests.Hosting;

/// <summary>The host as a real process: configuration errors stop it with one line, SIGTERM stops it in time.</summary>
public sealed class HostProcessTests
{
    public static TheoryData<string, string, string, string> BadSettings => new()
    {
        // name of the row, variable, value, what the one line must name
        { "url with another scheme", "DATABASE_URL", "mysql://cutover:hunter2@db.example.com/cutover", "DATABASE_URL" },
        { "url without host", "DATABASE_URL", "postgres://cutover:hunter2@/cutover", "DATABASE_URL" },
        { "url with unknown sslmode", "DATABASE_URL", "postgres://cutover:hunter2@db.example.com/cutover?sslmode=maybe", "sslmode" },
        { "expiry not a time span", "Approvals__Expiry", "tomorrow", "Approvals:Expiry" },
        { "destructive quorum of one", "Approvals__DestructiveQuorum", "1", "Approvals:DestructiveQuorum" },
        { "approver groups without a chat platform", "CUTOVER_APPROVER_GROUPS", "slack-group:S0PLATFORM", "CUTOVER_APPROVER_GROUPS lists slack-group:S0PLATFORM" },
        { "approver group without its platform", "CUTOVER_APPROVER_GROUPS", "S0PLATFORM", "e.g. slack-group:S0PLATFORM" },
        { "approver without their platform", "CUTOVER_APPROVERS", "U0123ABCD", "CUTOVER_APPROVERS entry 'U0123ABCD' does not say its platform" },
        { "slack workspace not an id", "SLACK_TEAM_ID", "acme corp", "SLACK_TEAM_ID" },
        { "teams tenant not an id", "TEAMS_TENANT_ID", "contoso.onmicrosoft.com", "TEAMS_TENANT_ID" },
        { "shutdown longer than Heroku allows", "Scheduler__ShutdownTimeout", "00:01:00", "Scheduler:ShutdownTimeout" },
        { "lag timeout of zero", "Migration__LagTimeout", "00:00:00", "Migration:LagTimeout" },
        { "maintenance page over plain http", "Migration__MaintenancePageUrl", "http://status.example.com/m.html", "Migration:MaintenancePageUrl" },
        { "heroku api url not absolute", "HEROKU_API_URL", "api.heroku.com", "HEROKU_API_URL" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Start_MalformedSetting_ExitsWithOneLineNamingIt(string row, string variable, string value, string named)
    {
        using var host = HostProcess.Start(new Dictionary<string, string> { [variable] = value });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 1, $"{row}: exit code {exitCode}; stderr: {host.StandardError}");
        var lines = host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("Cutover cannot start: ", line);
        Assert.Contains(named, line);
        Assert.DoesNotContain("hunter2", host.StandardError + host.StandardOutput);
        Assert.DoesNotContain("   at ", host.StandardOutput);
    }

    [Fact]
    public async Task Start_TeamsEmulatorNextToARealCredential_ExitsWithOneLineNamingBoth()
    {
        using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["CUTOVER_TEAMS_EMULATOR"] = "true",
            ["SLACK_BOT_TOKEN"] = "xoxb-hunter2",
            ["SLACK_SIGNING_SECRET"] = "hunter2",
        });

        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == 1, $"exit code {exitCode}; stderr: {host.StandardError}");
        var line = Assert.Single(host.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("CUTOVER_TEAMS_EMULATOR=true, but SLACK_BOT_TOKEN is set", line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", host.StandardError + host.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_SigtermWhileServing_ExitsCleanlyWellInsideHerokusThirtySeconds()
    {
        using var host = HostProcess.Start(new Dictionary<string, string>());
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{host.Port}") };
        await WaitUntilHealthyAsync(client, host);

        var stopwatch = Stopwatch.StartNew();
        Assert.True(host.Terminate());
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(25), $"shutdown took {stopwatch.Elapsed}");
        Assert.Contains("Application is shutting down", host.StandardOutput);
    }

    private static async Task WaitUntilHealthyAsync(HttpClient client, HostProcess host)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The host never became healthy. stderr: {host.StandardError} stdout: {host.StandardOutput}");
    }
}
