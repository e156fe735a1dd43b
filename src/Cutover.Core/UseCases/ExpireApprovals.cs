namespace Cutover.Core.UseCases;

/// <summary>At the lapse time of a step version's approvals, re-issue the step for approval if it has not run.</summary>
public sealed class ExpireApprovals(IRunStore store, ApprovalPolicy policy, TimeProvider clock)
{
    /// <summary>The re-issued step, or a refusal saying why nothing lapsed (already ran, newer version, not yet due).</summary>
    public Task<Result<Step>> RunAsync(long runId, string stepId, int stepVersion, CancellationToken cancellationToken) =>
        store.UpdateAsync(runId, run => run.ExpireApprovals(stepId, stepVersion, policy, clock.GetUtcNow()), cancellationToken);
}
