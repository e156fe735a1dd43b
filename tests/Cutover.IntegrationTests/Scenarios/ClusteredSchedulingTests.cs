using Cutover.IntegrationTests.Store;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Two hosts on one PostgreSQL database, as two web dynos: Quartz's cluster fires each TTL reminder once between them,
/// and once one host is gone the other fires what it scheduled.
/// </summary>
public sealed class ClusteredSchedulingTests(PostgresDatabaseFixture fixture) : IClassFixture<PostgresDatabaseFixture>, IAsyncLifetime
{
    private const string Channel = "C0CLUSTER";
    private KnotServer _knot = null!;
    private SimulatorHost _heroku = null!;
    private FakeSlack _slack = null!;

    public async Task InitializeAsync()
    {
        _knot = await KnotServer.StartAsync(TestZone.DemoApp(wwwTtl: 60, apiTtl: 60));
        _heroku = await SimulatorHost.StartAsync("/sandbox/heroku");
        _slack = await FakeSlack.StartAsync();
        _slack.AddChannel(Channel, "cluster");
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        await _heroku.DisposeAsync();
        await _knot.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_OneDatabase_EachReminderPostedOnce_AndTheSurvivorFiresAfterTheOtherStops()
    {
        await using var first = await StartHostAsync();
        await using var second = await StartHostAsync();

        var (shared, sharedRun) = await ScheduleReminderAsync(first, "demo-app", TimeSpan.FromSeconds(4));
        await _slack.WaitForAsync(s => s.Thread(Channel, shared).Any(m => m.AllText.Contains("DNS TTL reminder T-1h", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(45));
        // Once the one-shot job is gone from the shared store, neither host can fire it again.
        var scheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await _slack.WaitForAsync(_ => scheduler.GetJobDetail(TtlReminderJob.KeyFor(sharedRun, "T-1h")).AsTask().GetAwaiter().GetResult() is null, TimeSpan.FromSeconds(45));
        Assert.Single(_slack.Thread(Channel, shared), m => m.AllText.Contains("DNS TTL reminder", StringComparison.Ordinal));

        var (orphan, _) = await ScheduleReminderAsync(first, "billing-worker", TimeSpan.FromSeconds(6));
        await first.DisposeAsync();
        await _slack.WaitForAsync(s => s.Thread(Channel, orphan).Any(m => m.AllText.Contains("DNS TTL reminder T-1h", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(45));
        Assert.Single(_slack.Thread(Channel, orphan), m => m.AllText.Contains("DNS TTL reminder", StringComparison.Ordinal));
    }

    /// <summary>A host on the shared database and fakes, as one web dyno of two.</summary>
    private Task<CutoverTestHost> StartHostAsync() =>
        CutoverTestHost.Create().WithDatabase(fixture.Database).WithHeroku(_heroku).WithSlack(_slack).WithDns(_knot)
            .WithSetting("Dns:ReminderLeads:0", "01:00:00")
            .StartAsync();

    /// <summary>
    /// A run with its T-1h reminder scheduled through <paramref name="host"/> to fire <paramref name="after"/> from the
    /// moment it is scheduled; its thread and id.
    /// </summary>
    private async Task<(string Root, long RunId)> ScheduleReminderAsync(CutoverTestHost host, string app, TimeSpan after)
    {
        var store = host.Services.GetRequiredService<IRunStore>();
        var planned = DateTimeOffset.UtcNow.AddHours(1) + after;
        var run = (await store.CreateAsync(Runs.Planned(app).CutoverAt(planned).In(new ConversationReference(ChatChannel.Slack, Channel)).On(DateTimeOffset.UtcNow).Build(),
            CancellationToken.None)).Value!;
        var root = await host.Services.GetRequiredService<IChatNotifier>()
            .PostAsync(run.Conversation, Core.Messages.ChatMessage.Plain($"Cutover plan: {app}", Core.Messages.MessageStatus.Info), CancellationToken.None);
        await store.UpdateAsync(run.Id, r => r.AttachThread(root), CancellationToken.None);
        // Timed from now: on a busy machine the steps above can outlast a lead timed from the start, and a reminder whose
        // time has passed is never scheduled.
        var cutover = DateTimeOffset.UtcNow.AddHours(1) + after;
        await host.Services.GetRequiredService<IRunScheduler>().ScheduleTtlRemindersAsync(run.Id, cutover, CancellationToken.None);
        return (root, run.Id);
    }
}
