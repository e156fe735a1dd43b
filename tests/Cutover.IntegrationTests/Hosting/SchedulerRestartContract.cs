using Cutover.IntegrationTests.Store;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>
/// The scheduler configuration starts, persists a trigger in the application database, and fires it after
/// the host restarts — on SQLite and on clustered PostgreSQL.
/// </summary>
public abstract class SchedulerRestartContract(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ApprovalExpiry_TriggerPersistedBeforeRestart_FiresAfterRestartAndReissuesStep()
    {
        long runId;
        await using (var first = await Host(new FakeTimeProvider(T0)))
        {
            var store = first.Services.GetRequiredService<IRunStore>();
            var run = (await store.CreateAsync(Runs.Planned(RunFactory.App("expiry")).To("acme-space").On(T0).Build(), CancellationToken.None)).Value!;
            runId = run.Id;
            await store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, T0), CancellationToken.None);

            // Approved but held back (as a pause holds a step), so only its approval's lapse is scheduled, not its run.
            var policy = first.Services.GetRequiredService<ApprovalPolicy>();
            var approved = await store.UpdateAsync(runId, r => r.Approve("preflight", 1, new Actor(Users.Alice.Qualified, IsApprover: true), policy, T0),
                CancellationToken.None);
            Assert.True(approved.Value?.QuorumReached, approved.Refusal?.Reason);
            await first.Services.GetRequiredService<IRunScheduler>().ScheduleApprovalExpiryAsync(runId, "preflight", 1, T0 + policy.Expiry,
                CancellationToken.None);
            var scheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            var key = ApprovalExpiryJob.KeyFor(runId, "preflight", 1);
            var trigger = await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group));
            Assert.Equal(T0.AddHours(24), trigger?.StartTimeUtc);
        }

        // The bot was down when the approval lapsed; on start the missed trigger fires at once.
        var clock = new FakeTimeProvider(T0.AddHours(25));
        await using var second = await Host(clock);
        var restartedStore = second.Services.GetRequiredService<IRunStore>();
        var step = await WaitForAsync(clock, async () =>
            (await restartedStore.GetAsync(runId, CancellationToken.None))!.FindStep("preflight")!,
            s => s.Version == 2);

        Assert.Equal(StepState.AwaitingApproval, step.State);
        var audit = await second.Services.GetRequiredService<IAuditLog>().ReadAsync(runId, CancellationToken.None);
        var expiry = Assert.Single(audit, e => e.Action == "step.expire");
        Assert.Equal("cutover", expiry.Actor);
        Assert.Equal(nameof(StepState.Approved), expiry.Before);
    }

    [Fact]
    public async Task Healthz_DatabaseReachable_ReportsHealthy()
    {
        await using var app = await CutoverTestHost.Create().WithDatabase(fixture.Database).StartAsync();

        var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>A host on the fixture's database and <paramref name="clock"/>: the bot before or after a restart.</summary>
    private Task<CutoverTestHost> Host(FakeTimeProvider clock) =>
        CutoverTestHost.Create().WithDatabase(fixture.Database).WithClock(clock).StartAsync();

    /// <summary>Polls while nudging the fake clock forward in small steps (below Quartz's misfire threshold).</summary>
    private static async Task<T> WaitForAsync<T>(FakeTimeProvider clock, Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
                return value;
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(100);
        }
    }
}

public sealed class SqliteSchedulerRestartTests(SqliteDatabaseFixture fixture)
    : SchedulerRestartContract(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresSchedulerRestartTests(PostgresDatabaseFixture fixture)
    : SchedulerRestartContract(fixture), IClassFixture<PostgresDatabaseFixture>;
