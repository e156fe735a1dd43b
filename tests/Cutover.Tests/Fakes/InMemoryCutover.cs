using Cutover.Core.Conversations;

namespace Cutover.Tests.Fakes;

/// <summary>
/// Core's use cases and chat commands over the in-memory ports, on a fake clock, with the people of
/// <see cref="RunHarness"/> on Slack: the requester (listed as an approver, but not allowed to approve their own run),
/// two approvers and an outsider. Runs live in Slack channel <see cref="Channel"/> of workspace <see cref="Workspace"/>.
/// </summary>
internal sealed class InMemoryCutover
{
    public const string Workspace = "T1";
    public const string Channel = "C1";
    public const string RunThread = "1700000000.1";

    public InMemoryCutover(ApprovalPolicy? policy = null)
    {
        Policy = policy ?? RunHarness.PolicyWith();
        Approvers = new ApproverDirectory(Policy, []);
        Announcer = new RunAnnouncer(Store, Posts, Chat, Policy, [], Clock);
        Decide = new DecideStep(Store, Store.Audit, Approvers, Scheduler, PauseLock, Clock, [Gate]);
        Pause = new PauseCutover(PauseLock, Approvers, Store, Scheduler, Clock);
        Runs = new RunAccess(Store, Approvers, Store.Audit, Clock);
        var change = new RunChange(Runs, Announcer, Clock);
        var paused = new PauseAnnouncer(Store, Posts, Chat, Clock);
        Decisions = new DecideHandler(Runs, Decide, Facts, Announcer);
        Handlers =
        [
            new PlanHandler(() => new PlanRun(Inspector, Store, new PlannerOptions(), Clock), Store, Facts, Chat, Announcer, Scheduler, Clock),
            new StatusHandler(Store),
            new ListHandler(Store),
            new HelpHandler(),
            Decisions,
            new RetryHandler(change, Facts),
            new SkipHandler(change),
            new WaiveHandler(Runs, Facts, Clock),
            new AuditHandler(Runs, Store.Audit, Downloads),
            new RollbackHandler(change),
            new AbortHandler(change, Scheduler),
            new PauseHandler(Pause, paused),
            new ResumeHandler(Pause, paused),
        ];
    }

    public static ChatUser Requester { get; } = new(ChatChannel.Slack, RunHarness.RequesterId);

    public static ChatUser ApproverA { get; } = new(ChatChannel.Slack, RunHarness.ApproverA.UserId);

    public static ChatUser ApproverB { get; } = new(ChatChannel.Slack, RunHarness.ApproverB.UserId);

    public static ChatUser Outsider { get; } = new(ChatChannel.Slack, RunHarness.Outsider.UserId);

    public FakeTimeProvider Clock { get; } = new(RunHarness.PlannedAt);

    public ApprovalPolicy Policy { get; }

    public InMemoryRunStore Store { get; } = new();

    public InMemoryAuditLog Audit => Store.Audit;

    public InMemoryRunFacts Facts { get; } = new();

    public InMemoryRunPosts Posts { get; } = new();

    public RecordingChatNotifier Chat { get; } = new();

    public RecordingRunScheduler Scheduler { get; } = new();

    public InMemoryPauseLock PauseLock { get; } = new();

    public FakeAuditDownloads Downloads { get; } = new();

    public DemoWorldInspector Inspector { get; } = new();

    /// <summary>A gate on <c>maintenance-page</c>, open until a test sets its refusal.</summary>
    public ScriptedStepGate Gate { get; } = new(StepIds.MaintenancePage);

    public ApproverDirectory Approvers { get; }

    public RunAnnouncer Announcer { get; }

    public DecideStep Decide { get; }

    public PauseCutover Pause { get; }

    public RunAccess Runs { get; }

    public DecideHandler Decisions { get; }

    /// <summary>Every command's handler, as the host registers them.</summary>
    public IReadOnlyList<ICommandHandler> Handlers { get; }

    /// <summary>The one handler of type <typeparamref name="T"/>.</summary>
    public T Handler<T>()
        where T : ICommandHandler => Handlers.OfType<T>().Single();

    /// <summary>The router over <see cref="Handlers"/>, taking requests from <see cref="Workspace"/> only.</summary>
    public ChatCommands Commands(ChatHomes? homes = null) => new(Handlers, Decisions, Runs, homes ?? new ChatHomes(Workspace), Clock);

    public ExecuteApprovedStep Executor(params IRunbookStep[] steps) => Executor([], steps);

    public ExecuteApprovedStep Executor(IEnumerable<IStepHooks> hooks, params IRunbookStep[] steps) =>
        new(Store, steps, Policy, PauseLock, Clock, Announcer, hooks);

    /// <summary>A request of <paramref name="user"/> from the runs' thread, or from elsewhere.</summary>
    public static ChatRequest From(ChatUser user, string channel = Channel, string? thread = RunThread, string? workspace = Workspace) =>
        new(new ConversationReference(user.Platform, channel, thread, null, workspace), user);

    /// <summary>A run of <paramref name="app"/> as <c>plan</c> leaves it: its thread posted, preflight awaiting approval (v1).</summary>
    public async Task<long> OpenRunAsync(string app = "demo-app")
    {
        var run = Ok(await Store.CreateAsync(
            Run.Plan(app, "demo-space", null, Requester.Qualified, new ConversationReference(ChatChannel.Slack, Channel, null, null, Workspace), Clock.GetUtcNow()),
            CancellationToken.None));
        await ChangeAsync(run.Id, r => r.AttachThread(RunThread));
        await ChangeAsync(run.Id, r => r.RequestApproval(StepIds.Preflight, Actor.System, Clock.GetUtcNow()));
        return run.Id;
    }

    /// <summary>Approves the run's current step (by as many approvers as it needs), runs it successfully and puts the next one up.</summary>
    public async Task CompleteCurrentStepAsync(long runId)
    {
        var step = (await RunAsync(runId)).CurrentStep!;
        await ApproveAsync(runId, step.StepId);
        await ChangeAsync(runId, r => r.Start(step.StepId, Policy, Clock.GetUtcNow()));
        await ChangeAsync(runId, r => r.Succeed(step.StepId, "done", Clock.GetUtcNow()));
        await ChangeAsync(runId, r =>
        {
            r.PutNextStepUp(Clock.GetUtcNow());
            return Result<Done>.Ok(Done.Value);
        });
    }

    /// <summary>Records approvals of the step's current version until it is approved.</summary>
    public async Task ApproveAsync(long runId, string stepId)
    {
        foreach (var approver in new[] { RunHarness.ApproverA, RunHarness.ApproverB })
        {
            var step = await StepAsync(runId, stepId);
            if (step.State != StepState.AwaitingApproval)
                return;
            await ChangeAsync(runId, r => r.Approve(stepId, step.Version, approver, Policy, Clock.GetUtcNow()));
        }
    }

    public async Task<Run> RunAsync(long runId) => await Store.GetAsync(runId, CancellationToken.None) ?? throw new InvalidOperationException($"no run {runId}");

    public async Task<Step> StepAsync(long runId, string stepId) => (await RunAsync(runId)).FindStep(stepId)!;

    /// <summary>Applies a change that must not be refused.</summary>
    public async Task<T> ChangeAsync<T>(long runId, Func<Run, Result<T>> change) => Ok(await Store.UpdateAsync(runId, change, CancellationToken.None));

    private static T Ok<T>(Result<T> result) => RunHarness.Ok(result);
}
