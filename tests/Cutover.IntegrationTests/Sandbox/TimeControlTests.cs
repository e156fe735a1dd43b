namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The console's time control moving the one clock of the host, Quartz and the simulated Heroku.</summary>
public sealed class TimeControlTests : SandboxConsoleTest
{
    [Fact]
    public async Task Advance_PastTheRenotifyInterval_ApproversAreRemindedInTheThread()
    {
        await Console.CommandAsync("dana", "/cutover plan demo-app to demo-space");
        var request = await Console.WaitForTitleAsync("Run step 0: Preflight and plan?");
        var before = await TimeNowAsync();

        var moved = await Console.TimeAsync(new { action = "advance", minutes = 250 });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var move = (await moved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(move["steps"]!.GetValue<int>() >= 500, "250 minutes in steps of at most 30 s");
        Assert.True(move["state"]!["now"]!.GetValue<DateTimeOffset>() - before >= TimeSpan.FromMinutes(250));
        var reminder = await Console.WaitForTitleAsync("⏰ Step 0: Preflight and plan has waited 4 h for approval");
        Assert.Equal(request["threadId"]!.GetValue<string>(), reminder["threadId"]!.GetValue<string>());
        // Dana requested the run and may not approve its steps, so the reminder goes to the other approvers.
        Assert.Equal(["alice", "bob"], reminder["mentions"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task Next_AfterAnApproval_StopsAtTheApprovalExpiryAndSeesItFire()
    {
        await Console.CommandAsync("dana", "plan demo-app to demo-space");
        await Console.ClickAsync("alice", ActionIds.ApproveStep, SandboxClient.Payload(await Console.WaitForTitleAsync("Run step 0")));
        await Console.WaitForTitleAsync("Run step 1: Maintenance page?");
        var state = await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/time");
        var expiry = state!["upcoming"]!.AsArray().Single(f => f!["job"]!.GetValue<string>() == "approval-expiry.run-1.preflight.v1")!;
        Assert.False(expiry["recurring"]!.GetValue<bool>());
        Assert.Contains(state["upcoming"]!.AsArray(), f => f!["job"]!.GetValue<string>() == "reminders.approval-reminders" && f["recurring"]!.GetValue<bool>());

        var moved = await Console.TimeAsync(new { action = "next" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var move = (await moved.Content.ReadFromJsonAsync<JsonObject>())!;
        var fired = move["fired"]!.AsArray().Select(f => f!["job"]!.GetValue<string>()).ToList();
        Assert.Equal(["approval-expiry.run-1.preflight.v1"], fired);
        Assert.True(move["state"]!["now"]!.GetValue<DateTimeOffset>() >= expiry["at"]!.GetValue<DateTimeOffset>());
        Assert.DoesNotContain(move["state"]!["upcoming"]!.AsArray(), f => f!["job"]!.GetValue<string>() == "approval-expiry.run-1.preflight.v1");
    }

    [Fact]
    public async Task Rate_Ten_ClockRunsTenTimesFaster()
    {
        var set = await Console.TimeAsync(new { action = "rate", rate = 10 });
        // Read the sandbox time until ten sandbox seconds have passed. The real time between the first and the last
        // reading lies between the gap after the first answer and the span of all the requests, however slowly a busy
        // machine answers them.
        var outer = Stopwatch.StartNew();
        var first = await TimeNowAsync();
        var inner = Stopwatch.StartNew();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var before = inner.Elapsed;
            var second = await TimeNowAsync();
            if (second - first >= TimeSpan.FromSeconds(10))
            {
                outer.Stop();
                Assert.InRange(second - first, before * 10 * 0.9, outer.Elapsed * 10 * 1.1);
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the sandbox clock moved only {second - first} in a minute at ×10");
            await Task.Delay(50);
        }

        Assert.Equal(10, (await set.Content.ReadFromJsonAsync<JsonObject>())!["rate"]!.GetValue<double>());
    }

    [Fact]
    public async Task RateSixty_HerokuAnswersSlowly_TheCallStillSucceeds()
    {
        // At ×60 the clients' 20 s attempt timeout would be a third of a real second; calls run the clock at real speed.
        await Console.TimeAsync(new { action = "rate", rate = 60 });
        App.Services.GetRequiredService<HerokuSimulator>().SetResponseDelay(TimeSpan.FromSeconds(1.5));
        using var scope = App.Services.CreateScope();
        var heroku = scope.ServiceProvider.GetRequiredService<IHerokuPlatform>();
        var stopwatch = Stopwatch.StartNew();

        var app = await heroku.GetAppAsync("demo-app", CancellationToken.None);

        Assert.Equal("demo-app", app?.Name);
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1.4), $"answered in {stopwatch.Elapsed}");
    }

    [Fact]
    public async Task Move_WhileAnotherMoveRuns_Answers409()
    {
        var before = await TimeNowAsync();
        var long1 = Console.TimeAsync(new { action = "advance", minutes = 24 * 60 });
        // The first move is under way once the clock has started to move.
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await TimeNowAsync() < before.AddMinutes(5))
        {
            Assert.True(DateTime.UtcNow < deadline && !long1.IsCompleted, "the first move did not start moving the clock");
            await Task.Delay(20);
        }

        var second = await Console.TimeAsync(new { action = "advance", minutes = 5 });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await long1).StatusCode);
    }

    public static TheoryData<string, string, string> BadMoves => new()
    {
        { "no action", """{}""", "Send {" },
        { "unknown action", """{"action":"rewind"}""", "Send {" },
        { "advance without minutes", """{"action":"advance"}""", "Send {" },
        { "advance by zero", """{"action":"advance","minutes":0}""", "between 1 s and 30 days" },
        { "advance by a year", """{"action":"advance","minutes":525600}""", "between 1 s and 30 days" },
        { "backwards", """{"action":"advance","minutes":-5}""", "between 1 s and 30 days" },
        { "too fast", """{"action":"rate","rate":100}""", "between ×1 and ×60" },
        { "slower than real time", """{"action":"rate","rate":0.1}""", "between ×1 and ×60" },
    };

    [Theory]
    [MemberData(nameof(BadMoves))]
    public async Task Time_BadMove_Answers400AndLeavesTheClock(string row, string json, string says)
    {
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var response = await Console.Http.PostAsync(new Uri("api/sandbox/time", UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{row}: {response.StatusCode}");
        Assert.Contains(says, (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, (await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/time"))!["rate"]!.GetValue<double>());
    }

    private async Task<DateTimeOffset> TimeNowAsync() =>
        (await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/time"))!["now"]!.GetValue<DateTimeOffset>();
}
