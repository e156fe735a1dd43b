using System.Diagnostics;
using Cutover.Core.Conversations;
using Cutover.Core.Telemetry;

namespace Cutover.Core.UseCases;

/// <summary>
/// Runs the current step of a run once it is approved: its hooks' <see cref="IStepHooks.BeforeAsync"/>, the move to
/// running (the store's revision check lets only one worker win), the step itself, the record of its success or
/// failure, and after a success its hooks' <see cref="IStepHooks.AfterSuccessAsync"/>. A step found already running
/// (the process stopped mid-step) is executed again — steps are idempotent — so a restart resumes it.
/// </summary>
/// <remarks>
/// With an announcer, the thread hears that the step started before it runs (the job announces the outcome). With
/// <see cref="ApprovalFingerprints"/>, an approved step whose source facts changed since its request was posted is
/// re-issued instead of started, and one whose facts cannot be read fails without doing anything.
/// </remarks>
public sealed class ExecuteApprovedStep(IRunStore store, IEnumerable<IRunbookStep> steps, ApprovalPolicy policy,
    IPauseLock pauseLock, TimeProvider clock, RunAnnouncer? announcer = null, IEnumerable<IStepHooks>? hooks = null,
    ApprovalFingerprints? fingerprints = null)
{
    private readonly Dictionary<string, IRunbookStep> _steps = steps.ToDictionary(e => e.StepId, StringComparer.Ordinal);
    private readonly ILookup<string, IStepHooks> _hooks = (hooks ?? []).ToLookup(h => h.StepId, StringComparer.Ordinal);

    /// <summary>The steps Cutover can carry out itself.</summary>
    public IReadOnlyCollection<string> ExecutableSteps => _steps.Keys;

    /// <summary>The step after it ran, or a refusal saying why nothing ran (not approved, no executor, already taken).</summary>
    public async Task<Result<Step>> RunAsync(long runId, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run?.StepToExecute is not { } current)
            return Result<Step>.Refuse($"Run {runId} has no step to carry out.");
        if (!_steps.TryGetValue(current.StepId, out var step))
            return Result<Step>.Refuse($"Step {current.Definition} is not carried out by Cutover yet.");
        using var activity = CutoverTelemetry.Source.StartActivity($"step {current.StepId}");
        activity?.SetTag("cutover.run.id", runId);
        activity?.SetTag("cutover.step.id", current.StepId);
        string? uncheckable = null;
        if (current.State == StepState.Approved)
        {
            // Held back while paused; resume starts it. A step already running finishes.
            if (await pauseLock.CurrentAsync(cancellationToken).ConfigureAwait(false) is { } pause)
                return Result<Step>.Refuse(PauseCutover.Refusal(pause));
            var (drift, failure) = await CheckApprovedFactsAsync(run, current, cancellationToken).ConfigureAwait(false);
            if (drift is not null)
                return await ReissueAsync(runId, current, drift, cancellationToken).ConfigureAwait(false);
            uncheckable = failure;
            if (uncheckable is null)
            {
                foreach (var hook in _hooks[current.StepId])
                    await hook.BeforeAsync(run, cancellationToken).ConfigureAwait(false);
            }

            var started = await store.UpdateAsync(runId, r => r.Start(current.StepId, policy, clock.GetUtcNow()), cancellationToken)
                .ConfigureAwait(false);
            if (started.IsRefused)
                return started;
            if (announcer is not null)
                await announcer.AnnounceAsync(runId, cancellationToken).ConfigureAwait(false);
        }
        else if (current.State != StepState.Running)
        {
            return Result<Step>.Refuse($"Step {current.Definition} is {current.State}; only an approved step runs.");
        }

        StepResult result;
        var executing = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            result = uncheckable is not null ? StepResult.Failed(uncheckable) : await step.ExecuteAsync(run, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
                outcome = "succeeded";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // Shutting down: the step stays running and resumes on the next start.
        }
        catch (Exception exception)
        {
            outcome = "faulted";
            result = StepResult.Failed($"{exception.GetType().Name}: {exception.Message}");
        }

        RecordExecution(activity, current.StepId, outcome, Stopwatch.GetElapsedTime(executing));

        var now = clock.GetUtcNow();
        var recorded = await store.UpdateAsync(runId, r => Record(r, current.StepId, result, now), cancellationToken).ConfigureAwait(false);
        if (recorded is { IsRefused: false, Value.State: StepState.Succeeded })
        {
            foreach (var hook in _hooks[current.StepId])
                await hook.AfterSuccessAsync(run, cancellationToken).ConfigureAwait(false);
        }

        return recorded;
    }

    private static void RecordExecution(Activity? activity, string stepId, string outcome, TimeSpan took)
    {
        var tags = new TagList { { "step", stepId }, { "outcome", outcome } };
        CutoverTelemetry.StepDuration.Record(took.TotalMilliseconds, tags);
        CutoverTelemetry.StepExecutions.Add(1, tags);
        activity?.SetTag("cutover.step.outcome", outcome);
        if (outcome != "succeeded")
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
    }

    /// <summary>What changed in the source app since the step's request was posted, or why that could not be read.</summary>
    private async Task<(string? Drift, string? Failure)> CheckApprovedFactsAsync(Run run, Step step, CancellationToken cancellationToken)
    {
        if (fingerprints is null)
            return (null, null);
        try
        {
            return (await fingerprints.DriftAsync(run, step, cancellationToken).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, $"Could not check that {run.SourceApp} is still as it was when step {step.Definition} was approved " +
                          $"({exception.GetType().Name}: {exception.Message}); nothing was changed. Retry once Heroku answers.");
        }
    }

    private async Task<Result<Step>> ReissueAsync(long runId, Step step, string drift, CancellationToken cancellationToken)
    {
        var reissued = await store.UpdateAsync(runId, r => r.Reissue(step.StepId, step.Version, drift, clock.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (announcer is not null)
            await announcer.AnnounceAsync(runId, cancellationToken).ConfigureAwait(false);
        return reissued;
    }

    /// <summary>Records the outcome; after a success the next step is put up for approval straight away.</summary>
    private static Result<Step> Record(Run run, string stepId, StepResult result, DateTimeOffset now)
    {
        if (!result.Succeeded)
            return run.Fail(stepId, result.Message, now);
        var done = run.Succeed(stepId, result.Message, now);
        if (!done.IsRefused)
            run.PutNextStepUp(now);
        return done;
    }
}
