using Cutover.Core.Approvals;
using Cutover.Core.Commands;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Core.UseCases;
using Cutover.Infrastructure.Persistence;
using Cutover.IntegrationTests.Heroku.Simulator;
using Cutover.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>
/// The runbook driven through the real host: approvals go through the Core use cases, the scheduler's
/// step-execution job carries each approved step out against the simulator over loopback HTTP, and the next
/// step is put up for approval by Cutover itself.
/// </summary>
public sealed class RunbookThroughHostTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly ConversationReference Thread = new(ChatChannel.Slack, "C0123", "1700000000.000100");

    private SimulatorHost _heroku = null!;
    private TestDatabase _database = null!;
    private CutoverApp _app = null!;

    public async Task InitializeAsync()
    {
        _heroku = await SimulatorHost.StartAsync("/sandbox/heroku");
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new CutoverApp(_database, settings: new Dictionary<string, string>
        {
            ["HEROKU_API_URL"] = _heroku.BaseAddress.ToString(),
            ["HEROKU_DATA_API_URL"] = _heroku.BaseAddress.ToString(),
            ["HEROKU_API_TOKEN"] = SimulatorHost.Token,
        });
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _heroku.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task Preflight_Approved_RunsOnTheSchedulerAndPutsTheNextStepUpForApproval()
    {
        var runId = await PlanAsync();
        await Store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, DateTimeOffset.UtcNow), CancellationToken.None);

        var approved = await Decide.ApproveAsync(runId, "preflight", 1, "U-alice", CancellationToken.None);

        Assert.True(approved.Value?.QuorumReached, approved.Refusal?.Reason);
        var run = await WaitForAsync(runId, r => r.FindStep("preflight")!.IsDone);
        Assert.Equal(StepState.Succeeded, run.FindStep("preflight")!.State);
        Assert.Contains("demo-app-ps", run.FindStep("preflight")!.Outcome);
        Assert.Equal(StepState.AwaitingApproval, run.FindStep("maintenance-page")!.State);
        var audit = await _app.Services.GetRequiredService<IAuditLog>().ReadAsync(runId, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.start", StepId: "preflight" });
        Assert.Contains(audit, e => e is { Action: "step.request-approval", StepId: "maintenance-page", Actor: "cutover" });
    }

    [Fact]
    public async Task Preflight_HerokuKeepsFailing_StepFailsWithTheErrorAndCanBeRetried()
    {
        var runId = await PlanAsync();
        await Store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, DateTimeOffset.UtcNow), CancellationToken.None);
        _heroku.Simulator.InjectServerErrors(50);

        await Decide.ApproveAsync(runId, "preflight", 1, "U-alice", CancellationToken.None);

        var run = await WaitForAsync(runId, r => r.FindStep("preflight")!.State == StepState.Failed);
        Assert.Contains("503", run.FindStep("preflight")!.Outcome, StringComparison.Ordinal);
        _heroku.Simulator.ClearFaults();
        var retried = await Store.UpdateAsync(runId, r => r.Retry("preflight", new Actor("U-alice", true), DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal(2, retried.Value?.Version);
    }

    [Fact]
    public async Task Staging_EachStepApprovedInTurn_BuildsTheTargetAppInTheSpace()
    {
        var runId = await PlanAsync();
        await Store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, DateTimeOffset.UtcNow), CancellationToken.None);

        foreach (var (stepId, skip) in new[]
        {
            ("preflight", false), ("maintenance-page", false), ("dns-ttl", true), ("create-app", false),
            ("copy-config", false), ("deploy", false), ("addons", true), ("scale", false),
        })
        {
            if (skip)
            {
                var asked = await Store.UpdateAsync(runId, r => r.RequestSkip(stepId, new Actor("U-alice", true), DateTimeOffset.UtcNow), CancellationToken.None);
                Assert.False(asked.IsRefused, asked.Refusal?.Reason);
            }

            var version = (await Store.GetAsync(runId, CancellationToken.None))!.FindStep(stepId)!.Version;
            var approved = await Decide.ApproveAsync(runId, stepId, version, "U-bob", CancellationToken.None);
            Assert.False(approved.IsRefused, $"{stepId}: {approved.Refusal?.Reason}");
            var run = await WaitForAsync(runId, r => r.FindStep(stepId)!.State is StepState.Succeeded or StepState.Skipped or StepState.Failed);
            Assert.True(run.FindStep(stepId)!.IsDone, $"{stepId}: {run.FindStep(stepId)!.Outcome}");
        }

        using var heroku = _heroku.CreateClient();
        var target = await heroku.GetStringAsync(new Uri("apps/demo-app-ps", UriKind.Relative));
        Assert.Contains("\"name\":\"demo-space\"", target, StringComparison.Ordinal);
        var formation = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/formation", UriKind.Relative));
        Assert.Contains("Private-S", formation, StringComparison.Ordinal);
        var config = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/config-vars", UriKind.Relative));
        Assert.Contains("SENTRY_DSN", config, StringComparison.Ordinal);
        Assert.DoesNotContain("DATABASE_URL", config, StringComparison.Ordinal);
        var source = await heroku.GetStringAsync(new Uri("apps/demo-app/config-vars", UriKind.Relative));
        Assert.Contains("MAINTENANCE_PAGE_URL", source, StringComparison.Ordinal);
        var final = (await Store.GetAsync(runId, CancellationToken.None))!;
        Assert.Equal(StepState.AwaitingApproval, final.FindStep("maintenance-on")!.State);
    }

    private IRunStore Store => _app.Services.GetRequiredService<IRunStore>();

    private DecideStep Decide => _app.Services.GetRequiredService<DecideStep>();

    private async Task<long> PlanAsync()
    {
        var command = (PlanCommand)CommandParser.Parse("plan demo-app to demo-space", DateTimeOffset.UtcNow).Value!;
        var planned = await _app.Services.GetRequiredService<PlanRun>().RunAsync(command, "U-req", Thread, CancellationToken.None);
        Assert.False(planned.IsRefused, planned.Refusal?.Reason);
        return planned.Value.Run!.Id;
    }

    private async Task<Run> WaitForAsync(long runId, Func<Run, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var run = (await Store.GetAsync(runId, CancellationToken.None))!;
            if (done(run))
                return run;
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} did not get there: {string.Join(", ", run.Steps.Take(8))}");
            _heroku.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
    }
}
