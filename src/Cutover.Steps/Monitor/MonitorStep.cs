namespace Cutover.Steps.Monitor;

/// <summary>
/// Step 13, monitor: the health reports after go-live are posted by the scheduler; approving this step closes the
/// monitoring window once its final report is in. Approved earlier, it fails saying how far the window has got.
/// </summary>
public sealed class MonitorStep(IRunFacts facts) : RunbookStep(StepIds.Monitor)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        if (await facts.GetAsync(run.Id, MonitorRun.ClosedFact, cancellationToken).ConfigureAwait(false) is { } closed)
            return StepResult.Done($"Monitoring window closed after {closed}; see the final health report above.");
        var reports = (await facts.GetAsync(run.Id, MonitorRun.ReportsFact, cancellationToken).ConfigureAwait(false) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries).Length;
        return StepResult.Failed($"The monitoring window is still open ({reports} health report(s) so far). "
                                 + $"Retry after the final report, or `skip {run.Id} monitor` to close it early.");
    }
}
