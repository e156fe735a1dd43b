namespace Cutover.Tests.UseCases;

public class ExecuteApprovedStepTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();
    private readonly ScriptedStep _preflight = new(StepIds.Preflight);
    private readonly ScriptedStep _maintenancePage = new(StepIds.MaintenancePage);

    [Fact]
    public async Task Run_ApprovedStepSucceeds_RecordsItAnnouncesTheStartAndPutsTheNextStepUp()
    {
        var runId = await ApprovedRunAsync();

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal((StepState.Succeeded, "done"), (result.Value!.State, result.Value.Outcome));
        Assert.Equal(1, _preflight.Calls);
        var next = await _cutover.StepAsync(runId, StepIds.MaintenancePage);
        Assert.Equal((StepState.AwaitingApproval, 1), (next.State, next.Version));
        var posted = await _cutover.Posts.ListAsync(runId, None);
        Assert.Contains($"started:{StepIds.Preflight}:v1", posted.Keys);
    }

    [Fact]
    public async Task Run_ExecutorFails_RecordsTheFailureAndPutsNothingUp()
    {
        var runId = await ApprovedRunAsync();
        _preflight.Outcome = (_, _) => StepResult.Failed("demo-space is not allocated yet");

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal((StepState.Failed, "demo-space is not allocated yet"), (result.Value!.State, result.Value.Outcome));
        Assert.Equal(StepState.Planned, (await _cutover.StepAsync(runId, StepIds.MaintenancePage)).State);
    }

    [Fact]
    public async Task Run_ExecutorThrows_RecordsAFailureNamingTheException()
    {
        var runId = await ApprovedRunAsync();
        _preflight.Outcome = (_, _) => throw new HttpRequestException("502 Bad Gateway from api.heroku.com");

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal((StepState.Failed, "HttpRequestException: 502 Bad Gateway from api.heroku.com"), (result.Value!.State, result.Value.Outcome));
    }

    [Fact]
    public async Task Run_CancelledWhileExecuting_RethrowsAndTheStepStaysRunning()
    {
        var runId = await ApprovedRunAsync();
        using var shutdown = new CancellationTokenSource();
        _preflight.Outcome = (_, token) =>
        {
            shutdown.Cancel();
            token.ThrowIfCancellationRequested();
            return StepResult.Done("unreachable");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor().RunAsync(runId, shutdown.Token));

        Assert.Equal(StepState.Running, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Run_StepFoundRunning_ExecutesItAgainAndRecordsTheOutcome()
    {
        var runId = await ApprovedRunAsync();
        await _cutover.ChangeAsync(runId, r => r.Start(StepIds.Preflight, _cutover.Policy, _cutover.Clock.GetUtcNow()));

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal(StepState.Succeeded, result.Value!.State);
        Assert.Equal(1, _preflight.Calls);
        Assert.Single(_cutover.Audit.Of("step.start"));
    }

    [Fact]
    public async Task Run_StepAlreadyDone_RefusedAndNothingRunsAgain()
    {
        var runId = await ApprovedRunAsync();
        await Executor().RunAsync(runId, None);

        var again = await Executor().RunAsync(runId, None);

        Assert.Equal("Step 1 (maintenance-page) is AwaitingApproval; only an approved step runs.", again.Refusal?.Reason);
        Assert.Equal((1, 0), (_preflight.Calls, _maintenancePage.Calls));
    }

    [Fact]
    public async Task Run_FailedStepRetriedAndApproved_RunsTheNewVersion()
    {
        var runId = await ApprovedRunAsync();
        _preflight.Outcome = (_, _) => StepResult.Failed("demo-space is not allocated yet");
        await Executor().RunAsync(runId, None);
        await _cutover.ChangeAsync(runId, r => r.Retry(StepIds.Preflight, RunHarness.Requester, _cutover.Clock.GetUtcNow()));
        await _cutover.ApproveAsync(runId, StepIds.Preflight);
        _preflight.Outcome = (_, _) => StepResult.Done("space allocated now");

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal((StepState.Succeeded, 2, "space allocated now"), (result.Value!.State, result.Value.Version, result.Value.Outcome));
        Assert.Equal(2, _preflight.Calls);
    }

    [Fact]
    public async Task Run_WhilePaused_HoldsTheApprovedStepBack()
    {
        var runId = await ApprovedRunAsync();
        _cutover.PauseLock.Hold = new PauseHold("slack:U-b", "incident 4121", _cutover.Clock.GetUtcNow());

        var result = await Executor().RunAsync(runId, None);

        Assert.Equal(PauseCutover.Refusal(_cutover.PauseLock.Hold), result.Refusal?.Reason);
        Assert.Equal(0, _preflight.Calls);
        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Run_ApprovalsLapsed_RefusedAndTheStepIsReissued()
    {
        var runId = await ApprovedRunAsync();
        _cutover.Clock.Advance(_cutover.Policy.Expiry + TimeSpan.FromMinutes(1));

        var result = await Executor().RunAsync(runId, None);

        Assert.StartsWith("The approvals of step 0 (preflight) lapsed", result.Refusal?.Reason, StringComparison.Ordinal);
        Assert.Equal(0, _preflight.Calls);
        var step = await _cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((StepState.AwaitingApproval, 2), (step.State, step.Version));
    }

    [Fact]
    public async Task Run_NoExecutorForTheStep_RefusedNamingIt()
    {
        var runId = await ApprovedRunAsync();

        var result = await _cutover.Executor(_maintenancePage).RunAsync(runId, None);

        Assert.Equal("Step 0 (preflight) is not carried out by Cutover yet.", result.Refusal?.Reason);
        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Run_AbortedOrUnknownRun_NothingRuns()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.ChangeAsync(runId, r => r.Abort(RunHarness.Requester, "wrong app", _cutover.Clock.GetUtcNow()));

        Assert.Equal("Step 0 (preflight) is Aborted; only an approved step runs.", (await Executor().RunAsync(runId, None)).Refusal?.Reason);
        Assert.Equal("Run 99 has no step to carry out.", (await Executor().RunAsync(99, None)).Refusal?.Reason);
        Assert.Equal(0, _preflight.Calls);
    }

    [Fact]
    public async Task Run_StepWithHooks_RunsBeforeAheadOfTheStartAndAfterOnceTheSuccessIsRecorded()
    {
        var runId = await ApprovedRunAsync();
        var log = new List<string>();
        _preflight.Outcome = (_, _) =>
        {
            log.Add("step");
            return StepResult.Done("done");
        };
        var hooks = new[] { new RecordingStepHooks(StepIds.Preflight, _cutover.Store, log), new RecordingStepHooks(StepIds.MaintenancePage, _cutover.Store, log) };

        await _cutover.Executor(hooks, _preflight, _maintenancePage).RunAsync(runId, None);

        Assert.Equal(["before preflight (Approved)", "step", "after preflight (Succeeded)"], log);
    }

    [Fact]
    public async Task Run_StepFails_NoAfterHook()
    {
        var runId = await ApprovedRunAsync();
        var log = new List<string>();
        _preflight.Outcome = (_, _) => StepResult.Failed("demo-space is not allocated yet");

        await _cutover.Executor([new RecordingStepHooks(StepIds.Preflight, _cutover.Store, log)], _preflight).RunAsync(runId, None);

        Assert.Equal(["before preflight (Approved)"], log);
    }

    [Fact]
    public async Task Run_StepFoundRunning_ResumesWithoutBeforeAndRunsAfter()
    {
        var runId = await ApprovedRunAsync();
        await _cutover.ChangeAsync(runId, r => r.Start(StepIds.Preflight, _cutover.Policy, _cutover.Clock.GetUtcNow()));
        var log = new List<string>();

        await _cutover.Executor([new RecordingStepHooks(StepIds.Preflight, _cutover.Store, log)], _preflight).RunAsync(runId, None);

        Assert.Equal(["after preflight (Succeeded)"], log);
    }

    private ExecuteApprovedStep Executor() => _cutover.Executor(_preflight, _maintenancePage);

    private async Task<long> ApprovedRunAsync()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.ApproveAsync(runId, StepIds.Preflight);
        return runId;
    }
}
