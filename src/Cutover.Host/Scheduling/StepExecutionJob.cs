using System.Diagnostics;
using Cutover.Core.Telemetry;

namespace Cutover.Host.Scheduling;

/// <summary>
/// Carries out a run's approved step (<see cref="ExecuteApprovedStep"/>: the step with its hooks), then announces the
/// outcome; it knows nothing about particular steps. One job per run, non-concurrent across the cluster; requested for
/// recovery, so a node that dies mid-step leaves it to another node, which runs the (idempotent) step again.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class StepExecutionJob(
    ExecuteApprovedStep execute,
    RunAnnouncer announcer,
    ILogger<StepExecutionJob> logger) : IJob
{
    public const string Group = "step-execution";
    public const string RunIdKey = "runId";

    /// <summary>The W3C <c>traceparent</c> of whatever scheduled the step (a click), when telemetry is on.</summary>
    public const string TraceParentKey = "traceParent";

    public static JobKey KeyFor(long runId) => new($"run-{runId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var runId = long.Parse(context.MergedJobDataMap.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        var traceParent = context.MergedJobDataMap.TryGetString(TraceParentKey, out var stored) ? stored : null;
        using var activity = CutoverTelemetry.StartContinuing("step execution", traceParent, ActivityKind.Consumer);
        activity?.SetTag("cutover.run.id", runId);
        var result = await execute.RunAsync(runId, cancellationToken);
        if (result.IsRefused)
            LogNothingRan(runId, result.Refusal.Reason);
        else
            LogRan(runId, result.Value.StepId, result.Value.State);
        foreach (var failure in await announcer.AnnounceAsync(runId, cancellationToken))
            LogPostFailed(runId, failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: a post to the thread failed and is retried on the next change ({Failure})")]
    private partial void LogPostFailed(long runId, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} step {StepId}: {State}")]
    private partial void LogRan(long runId, string stepId, StepState state);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: nothing ran ({Reason})")]
    private partial void LogNothingRan(long runId, string reason);
}
