using Cutover.Core.Results;
using Microsoft.EntityFrameworkCore;
using static Cutover.IntegrationTests.Store.RunFactory;

namespace Cutover.IntegrationTests.Store;

/// <summary>The same store behaviour, held to account on SQLite and on a real PostgreSQL.</summary>
public abstract partial class RunStoreContract(DatabaseFixture fixture)
{
    private EfRunStore Store => new(fixture.Database.Contexts);

    [Fact]
    public async Task Create_NewRun_AssignsIdAndPersistsStepsConversationAndAudit()
    {
        var created = await Store.CreateAsync(Plan(App("create")), CancellationToken.None);

        Assert.False(created.IsRefused);
        var loaded = await Store.GetAsync(created.Value.Id, CancellationToken.None);
        Assert.NotNull(loaded);
        Assert.Equal(RunbookCatalog.Steps.Select(s => s.Id), loaded.Steps.Select(s => s.StepId));
        Assert.Equal("1700000000.000100", loaded.Conversation.ThreadId);
        Assert.Equal(ChatChannel.Slack, loaded.Conversation.Channel);
        Assert.Equal(Now.AddDays(4), loaded.CutoverAt);
        var audit = await new EfAuditLog(fixture.Database.Contexts).ReadAsync(loaded.Id, CancellationToken.None);
        Assert.Equal("run.planned", Assert.Single(audit).Action);
    }

    [Fact]
    public async Task Create_SecondActiveRunForSameApp_RefusedNamingTheHolder()
    {
        var app = App("dup");
        var first = await Store.CreateAsync(Plan(app), CancellationToken.None);

        var second = await Store.CreateAsync(Plan(app), CancellationToken.None);

        Assert.True(second.IsRefused);
        Assert.Contains($"run {first.Value!.Id}", second.Refusal.Reason);
        Assert.Contains("U-req", second.Refusal.Reason);
        Assert.Contains($"abort {first.Value.Id}", second.Refusal.Reason);
    }

    [Fact]
    public async Task Create_ParallelPlansForSameApp_ExactlyOneWins()
    {
        var app = App("race");

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Store.CreateAsync(Plan(app), CancellationToken.None)));

        Assert.Single(results, r => !r.IsRefused);
        Assert.Equal(5, results.Count(r => r.IsRefused));
    }

    [Fact]
    public async Task Create_AfterTheActiveRunWasAborted_Allowed()
    {
        var app = App("again");
        var first = (await Store.CreateAsync(Plan(app), CancellationToken.None)).Value!;
        var aborted = await Store.UpdateAsync(first.Id, run => run.Abort(Alice, "wrong space", Now), CancellationToken.None);

        var second = await Store.CreateAsync(Plan(app), CancellationToken.None);

        Assert.False(aborted.IsRefused);
        Assert.False(second.IsRefused);
        Assert.NotEqual(first.Id, second.Value.Id);
    }

    [Fact]
    public async Task Update_TwoParallelApprovalsOfOneStep_ExactlyOneMovesIt()
    {
        var run = await PlannedRunWithCurrentStepUp();

        var results = await ApproveInParallelAsync(run, "preflight");

        var winner = Assert.Single(results, r => !r.IsRefused);
        Assert.True(winner.Value!.QuorumReached);
        var loser = Assert.Single(results, r => r.IsRefused);
        Assert.Contains("approved", loser.Refusal!.Reason);
        var saved = (await Store.GetAsync(run.Id, CancellationToken.None))!.FindStep("preflight")!;
        Assert.Equal(StepState.Approved, saved.State);
        Assert.Single(saved.Decisions);
    }

    [Fact]
    public async Task Update_TwoParallelApprovalsOfDestructiveStep_BothCountAndStepApproved()
    {
        var run = await RunAtDataCutover();

        var results = await ApproveInParallelAsync(run, "data-cutover");

        Assert.All(results, r => Assert.False(r.IsRefused));
        var saved = (await Store.GetAsync(run.Id, CancellationToken.None))!.FindStep("data-cutover")!;
        Assert.Equal(StepState.Approved, saved.State);
        Assert.Equal(["U-alice", "U-bob"], saved.Decisions.Select(d => d.UserId).Order());
    }

    /// <summary>Alice and Bob approve v1 at once; both writers hold the same revision before either saves.</summary>
    private async Task<Result<ApprovalProgress>[]> ApproveInParallelAsync(Run run, string stepId)
    {
        using var bothLoaded = new Barrier(2);
        var firstAttempts = 0;
        Result<ApprovalProgress> Approve(Run loaded, Actor approver)
        {
            if (Interlocked.Increment(ref firstAttempts) <= 2)
                bothLoaded.SignalAndWait(TimeSpan.FromSeconds(10));
            return loaded.Approve(stepId, 1, approver, Policy, Now);
        }

        return await Task.WhenAll(
            Task.Run(() => Store.UpdateAsync(run.Id, r => Approve(r, Alice), CancellationToken.None)),
            Task.Run(() => Store.UpdateAsync(run.Id, r => Approve(r, Bob), CancellationToken.None)));
    }

    [Fact]
    public async Task Update_RefusedChange_SavesNothing()
    {
        var run = await PlannedRunWithCurrentStepUp();
        var before = await Store.GetAsync(run.Id, CancellationToken.None);

        var refused = await Store.UpdateAsync(run.Id, r => r.Approve("preflight", 1, Requester, Policy, Now), CancellationToken.None);

        Assert.True(refused.IsRefused);
        var after = (await Store.GetAsync(run.Id, CancellationToken.None))!.FindStep("preflight")!;
        Assert.Equal(before!.FindStep("preflight")!.Revision, after.Revision);
        Assert.Empty(after.Decisions);
    }

    [Fact]
    public async Task Update_UnknownRun_RefusedWithHint()
    {
        var result = await Store.UpdateAsync(987654, r => r.Abort(Alice, null, Now), CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Contains("no run 987654", result.Refusal.Reason);
    }

    [Fact]
    public async Task Approvals_SecondDecisionBySameUserOnSameVersion_RejectedByTheDatabase()
    {
        var run = await PlannedRunWithCurrentStepUp();
        await using var db = fixture.Database.Contexts.CreateDbContext();
        var stepRowId = await db.Set<Step>().Where(s => EF.Property<long>(s, "RunId") == run.Id && s.StepId == "preflight")
            .Select(s => s.Id).SingleAsync();
        for (var i = 0; i < 2; i++)
        {
            var decision = db.Add(new ApprovalDecision("preflight", 1, "U-alice", Verdict.Approve, null, Now));
            decision.Property("StepRowId").CurrentValue = stepRowId;
        }

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Audit_RowsCannotBeUpdatedOrDeletedEvenWithRawSql()
    {
        var run = await PlannedRunWithCurrentStepUp();
        await using var db = fixture.Database.Contexts.CreateDbContext();

        var update = await Record(() => db.Database.ExecuteSqlAsync($"UPDATE audit_events SET \"Actor\" = 'mallory' WHERE \"RunId\" = {run.Id}"));
        var delete = await Record(() => db.Database.ExecuteSqlAsync($"DELETE FROM audit_events WHERE \"RunId\" = {run.Id}"));

        Assert.Contains("append-only", update?.Message);
        Assert.Contains("append-only", delete?.Message);
        var audit = await new EfAuditLog(fixture.Database.Contexts).ReadAsync(run.Id, CancellationToken.None);
        Assert.All(audit, e => Assert.NotEqual("mallory", e.Actor));
        Assert.Equal(["run.planned", "run.start", "step.request-approval"], audit.Select(e => e.Action));
    }

    [Fact]
    public async Task Audit_ChangeThroughTheContext_Refused()
    {
        var run = await PlannedRunWithCurrentStepUp();
        await using var db = fixture.Database.Contexts.CreateDbContext();
        var first = await db.AuditEvents.FirstAsync(a => a.RunId == run.Id);
        db.AuditEvents.Remove(first);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task RunFacts_SetTwiceThenRead_KeepsTheLatestPerRunAndKey()
    {
        var run = (await Store.CreateAsync(Plan(App("facts")), CancellationToken.None)).Value!;
        var facts = new EfRunFacts(fixture.Database.Contexts);

        await facts.SetAsync(run.Id, "writers", "worker=1", CancellationToken.None);
        await facts.SetAsync(run.Id, "writers", "worker=1,clock=1", CancellationToken.None);

        Assert.Equal("worker=1,clock=1", await facts.GetAsync(run.Id, "writers", CancellationToken.None));
        Assert.Null(await facts.GetAsync(run.Id, "follower", CancellationToken.None));
    }

    [Fact]
    public async Task Queries_ActiveRuns_ListedOldestFirstAndFoundByApp()
    {
        var app = App("listed");
        var run = (await Store.CreateAsync(Plan(app), CancellationToken.None)).Value!;

        var active = await Store.ListActiveAsync(CancellationToken.None);
        var found = await Store.FindActiveAsync(app, CancellationToken.None);

        Assert.Contains(active, r => r.Id == run.Id);
        Assert.Equal(active.Select(r => r.Id).Order(), active.Select(r => r.Id));
        Assert.Equal(run.Id, found?.Id);
    }

    private async Task<Run> PlannedRunWithCurrentStepUp()
    {
        var run = (await Store.CreateAsync(Plan(App("step")), CancellationToken.None)).Value!;
        var requested = await Store.UpdateAsync(run.Id, r => r.RequestApproval("preflight", Actor.System, Now), CancellationToken.None);
        Assert.False(requested.IsRefused);
        return run;
    }

    private async Task<Run> RunAtDataCutover()
    {
        var run = (await Store.CreateAsync(Plan(App("data")), CancellationToken.None)).Value!;
        foreach (var step in RunbookCatalog.Steps.TakeWhile(s => s.Id != "data-cutover"))
        {
            var done = await Store.UpdateAsync(run.Id, r => r.RequestApproval(step.Id, Actor.System, Now)
                .Then(_ => r.Approve(step.Id, 1, Alice, Policy, Now))
                .Then(_ => r.Start(step.Id, Policy, Now))
                .Then(_ => r.Succeed(step.Id, null, Now)), CancellationToken.None);
            Assert.False(done.IsRefused, done.Refusal?.Reason);
        }

        var up = await Store.UpdateAsync(run.Id, r => r.RequestApproval("data-cutover", Actor.System, Now), CancellationToken.None);
        Assert.False(up.IsRefused, up.Refusal?.Reason);
        return run;
    }

    private static async Task<Exception?> Record(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception exception)
        {
            return exception;
        }
    }
}
