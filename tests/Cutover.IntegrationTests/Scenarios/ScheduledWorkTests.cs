using Microsoft.EntityFrameworkCore;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The timed work through the real host on a fake clock that Quartz, the host and the fake Slack share: TTL reminders
/// before a scheduled cutover (on time, and late after downtime), the monitoring series after go-live, and the hourly
/// housekeeping of the chat request queue. DNS answers
/// come from a real DNS server (Knot) serving the demo app's zone; logs from the Heroku simulator.
/// </summary>
public sealed class ScheduledWorkTests : IAsyncLifetime
{
    private const string Channel = "C0SCHEDULE";
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(T0);

    private CutoverTestHost App { get; set; } = null!;

    private FakeSlack Slack => App.Slack;

    public async Task InitializeAsync() =>
        App = await CutoverTestHost.Create()
            .WithDns(TestZone.DemoApp(wwwTtl: 3600, apiTtl: 60))
            .WithHeroku()
            .WithSlack(slack => slack.AddChannel(Channel, "cutovers"))
            .WithClock(_clock)
            .OnLoopback()
            .StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task TtlReminders_OnTimeAndAfterDowntime_ListTheHighTtlRecordAndTheEarliestSafeCutover()
    {
        var cutover = T0.AddHours(80);
        await Slack.SendCommandAsync(App.Address, "U-req", Channel, $"plan demo-app to demo-space at {cutover:yyyy-MM-ddTHH:mmZ}");
        var root = await Slack.WaitForAsync(s => s.RootMessages(Channel) is { Count: > 0 } r ? r[0] : null, TimeSpan.FromSeconds(30));
        // The reminders are scheduled once the plan has been handled; only then does the clock move.
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Slack.WaitForAsync(_ => scheduler.GetJobDetail(TtlReminderJob.KeyFor(1, "T-1h")).AsTask().GetAwaiter().GetResult() is not null, TimeSpan.FromSeconds(30));

        var onTime = await StepTo(cutover.AddHours(-72), root.Ts, "DNS TTL reminder T-72h");
        Assert.Contains("www.demo-app.example.com: TTL 3600 s — owner action", onTime.AllText, StringComparison.Ordinal);
        Assert.Contains("api.demo-app.example.com: TTL 60 s ✓", onTime.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("after a restart", onTime.AllText, StringComparison.Ordinal);

        // Down from before T-48h until 7 minutes after it: the missed reminder goes out at once and says how late it is.
        _clock.SetUtcNow(cutover.AddHours(-48).AddMinutes(7));
        var late = await StepTo(_clock.GetUtcNow(), root.Ts, "DNS TTL reminder T-48h");
        Assert.Contains("after a restart", late.AllText, StringComparison.Ordinal);
        Assert.Single(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("DNS TTL reminder T-72h", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Monitoring_Series_PostsEveryIntervalForTheWindowThenCloses_EachSlotOnce()
    {
        var store = App.Services.GetRequiredService<IRunStore>();
        var run = (await store.CreateAsync(Runs.Planned().In(new ConversationReference(ChatChannel.Slack, Channel)).On(T0).Build(),
            CancellationToken.None)).Value!;
        var root = await App.Services.GetRequiredService<IChatNotifier>()
            .PostAsync(run.Conversation, Core.Messages.ChatMessage.Plain("Cutover plan: demo-app → demo-space", Core.Messages.MessageStatus.Info), CancellationToken.None);
        await store.UpdateAsync(run.Id, r => r.AttachThread(root), CancellationToken.None);
        using (var heroku = App.Heroku.CreateClient())
            (await heroku.PostAsync(new Uri("teams/apps", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { name = "demo-app-ps", space = "demo-space" }))).EnsureSuccessStatusCode();
        await ServeTrafficAsync("demo-app", "demo-app-ps");
        App.Heroku.Simulator.InjectRouterErrors("demo-app-ps", "H12", 3);
        await App.Services.GetRequiredService<MonitorRun>().CaptureBaselineAsync(run, CancellationToken.None);

        await App.Services.GetRequiredService<IRunScheduler>().ScheduleMonitoringAsync(run.Id, CancellationToken.None);
        for (var slot = 1; slot <= 96; slot++)
        {
            if (slot == 2)
            {
                // Report 1's chart goes up just after its message; then report 2's cannot be shared.
                await Slack.WaitForAsync(s => s.Files.Count == 1, TimeSpan.FromSeconds(30));
                Slack.FailNext("files.completeUploadExternal", "internal_error");
            }

            await StepTo(T0.AddMinutes(15 * slot), root, slot == 96 ? "Final health report for demo-app-ps" : $"Health report {slot}/96 for demo-app-ps");
        }

        var reports = Slack.Thread(Channel, root).Where(m => m.AllText.Contains("ealth report", StringComparison.Ordinal)).ToList();
        Assert.Equal(96, reports.Count);
        Assert.Contains("H12", reports[0].AllText, StringComparison.Ordinal);
        // Each report covers its own interval: the errors of the first are not counted again in the second, whose lines all
        // come after the first's last line.
        Assert.DoesNotContain("H12", reports[1].AllText, StringComparison.Ordinal);
        var (_, firstEnd) = Window(reports[0].AllText)!.Value;
        Assert.True(Window(reports[1].AllText) is not { } second || second.Start > firstEnd,
            $"report 2 read lines report 1 had read:\n{reports[0].AllText}\n---\n{reports[1].AllText}");
        // Every report sets the new app against the source's traffic before the cutover.
        Assert.All(reports, r => Assert.Contains("Compared with the baseline (source app before the cutover)", r.AllText, StringComparison.Ordinal));
        Assert.Contains("approve", reports[^1].AllText, StringComparison.Ordinal);
        // The final report states the window's verdict, and its chart of the whole window says it too.
        Assert.Contains("*Verdict*\nLook before decommissioning: 1 of the 96 report(s) alerted (report 1).", reports[^1].AllText, StringComparison.Ordinal);
        Assert.StartsWith(":warning: Final health report", reports[^1].AllText, StringComparison.Ordinal);
        // Each report's chart is in the thread (all but report 2's, whose upload failed: that report says so instead).
        var charts = Slack.Files.ToDictionary(f => f.Name);
        Assert.Equal(95, charts.Count);
        Assert.All(charts.Values, f => Assert.Equal((Channel, root), (f.Channel, f.ThreadTs)));
        Assert.All(charts.Values, f => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], f.Bytes[..4]));
        Assert.Contains("demo-app-ps-health-final.png", charts.Keys);
        Assert.DoesNotContain("demo-app-ps-health-2.png", charts.Keys);
        Assert.StartsWith("demo-app-ps, 1 report(s): latest", charts["demo-app-ps-health-1.png"].AltText, StringComparison.Ordinal);
        Assert.StartsWith("Whole window. Look before decommissioning: 1 of the 96 report(s) alerted", charts["demo-app-ps-health-final.png"].AltText,
            StringComparison.Ordinal);
        Assert.Contains("not shown: the upload to Slack failed", Slack.Message(Channel, reports[1].Ts)!.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("upload to Slack failed", reports[2].AllText, StringComparison.Ordinal);
        Assert.False(await App.Services.GetRequiredService<MonitorRun>().ReportAsync(run.Id, 5, 96, CancellationToken.None));
        Assert.Equal(96, Slack.Thread(Channel, root).Count(m => m.AllText.Contains("ealth report", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InboundRequests_DoneMoreThanAWeekAgo_AreDeletedByTheHourlyHousekeeping()
    {
        await Slack.SendCommandAsync(App.Address, "U-req", Channel, "help");
        var requests = App.Services.GetRequiredService<IInboundRequests>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await requests.CountPendingAsync(CancellationToken.None) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the help command was not handled");
            await Task.Delay(50);
        }

        await using var db = App.Services.GetRequiredService<IDbContextFactory<CutoverDbContext>>().CreateDbContext();
        var before = await db.InboundRequests.CountAsync();
        _clock.SetUtcNow(T0.Add(PruneInboundRequestsJob.Retention).AddHours(1).AddSeconds(-2));
        deadline = DateTime.UtcNow.AddSeconds(30);
        while (await db.InboundRequests.AnyAsync())
        {
            Assert.True(DateTime.UtcNow < deadline, $"nothing pruned by {_clock.GetUtcNow():u}");
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        Assert.Equal(1, before);
    }

    /// <summary><paramref name="target"/> runs <paramref name="source"/>'s slug on one web dyno, so its logs carry router traffic.</summary>
    private async Task ServeTrafficAsync(string source, string target)
    {
        using var heroku = App.Heroku.CreateClient();
        var newest = await heroku.GetJsonAsync($"apps/{source}/releases", "version ..; max=1, order=desc");
        var release = await heroku.PostJsonAsync($"apps/{target}/releases", new { slug = (string)newest.Body![0]!["slug"]!["id"]! });
        Assert.Equal(HttpStatusCode.Created, release.Status);
        App.Heroku.Clock.Advance(TimeSpan.FromMinutes(1));
        var scaled = await heroku.PatchJsonAsync($"apps/{target}/formation", new { updates = new object[] { new { type = "web", quantity = 1 } } });
        Assert.Equal(HttpStatusCode.OK, scaled.Status);
        App.Heroku.Clock.Advance(TimeSpan.FromMinutes(1));
    }

    /// <summary>The log window a report's traffic was read from (<c>2026-03-05 18:00:00Z → 18:14:59Z</c>), or null when it had no lines.</summary>
    private static (DateTime Start, DateTime End)? Window(string report)
    {
        var match = Regex.Match(report, @"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})Z → (\d{4}-\d{2}-\d{2} )?(\d{2}:\d{2}:\d{2})Z");
        if (!match.Success)
            return null;
        var start = DateTime.Parse($"{match.Groups[1].Value}T{match.Groups[2].Value}Z", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var endDate = match.Groups[3].Success ? match.Groups[3].Value.Trim() : match.Groups[1].Value;
        var end = DateTime.Parse($"{endDate}T{match.Groups[4].Value}Z", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        return (start, end);
    }

    /// <summary>Moves the clock to just before <paramref name="at"/>, then forward in small steps until the message is in the thread.</summary>
    private Task<FakeSlackMessage> StepTo(DateTimeOffset at, string rootTs, string title) =>
        _clock.StepToAsync(at, () => Slack.Thread(Channel, rootTs).LastOrDefault(m => m.AllText.Contains(title, StringComparison.Ordinal)),
            $"'{title}'", () => $"{Slack.Describe()}\n{string.Join("\n", Slack.Calls())}");
}
