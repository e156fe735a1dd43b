using Cutover.Core.Approvals;
using Cutover.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.Benchmarks;

/// <summary>
/// The store's round trips on the default SQLite file (WAL): loading a run with its 16 steps, and one
/// approval-sized unit of work (load, decide, save with the revision check and an audit event).
/// </summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor Alice = new("U-alice", true);
    private static readonly ApprovalPolicy Policy = Runs.Approvers(Users.Alice);

    private string _path = string.Empty;
    private EfRunStore _store = null!;
    private long _runId;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"cutover-bench-{Guid.NewGuid():N}.db");
        var settings = DatabaseSettings.Sqlite(_path);
        var contexts = new CutoverDbContextFactory(settings);
        new DatabaseMigrator(contexts, settings, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        _store = new EfRunStore(contexts);
        _runId = Plan("bench-load").GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            File.Delete(_path + suffix);
    }

    [Benchmark]
    public async Task<int> LoadRun() => (await _store.GetAsync(_runId, CancellationToken.None))!.Steps.Count;

    /// <summary>A fresh run each time (so the cost does not grow): plan, then approve its first step.</summary>
    [Benchmark]
    public async Task<bool> PlanThenApproveFirstStep()
    {
        var runId = await Plan($"bench-{Interlocked.Increment(ref _next)}");
        var approved = await _store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, Now)
            .Then(_ => r.Approve("preflight", 1, Alice, Policy, Now)), CancellationToken.None);
        await _store.UpdateAsync(runId, r => r.Abort(Alice, "benchmark", Now), CancellationToken.None);
        return approved.IsRefused;
    }

    private async Task<long> Plan(string app)
    {
        var run = Runs.Planned(app).To("acme-eu").On(Now).Build();
        return (await _store.CreateAsync(run, CancellationToken.None)).Value!.Id;
    }
}
