namespace Cutover.Host.Scheduling;

/// <summary>
/// Fires when a step version's approvals lapse; re-issues the step for approval if it has not run yet.
/// Thin: its data holds ids only, and the Core use case decides (a re-run finds nothing due and changes nothing).
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class ApprovalExpiryJob(ExpireApprovals expire, RunAnnouncer announcer, ILogger<ApprovalExpiryJob> logger) : IJob
{
    public const string Group = "approval-expiry";
    public const string RunIdKey = "runId";
    public const string StepIdKey = "stepId";
    public const string StepVersionKey = "stepVersion";

    public static JobKey KeyFor(long runId, string stepId, int stepVersion) => new($"run-{runId}.{stepId}.v{stepVersion}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var runId = long.Parse(data.GetString(RunIdKey)!, System.Globalization.CultureInfo.InvariantCulture);
        var stepId = data.GetString(StepIdKey)!;
        var version = int.Parse(data.GetString(StepVersionKey)!, System.Globalization.CultureInfo.InvariantCulture);

        var result = await expire.RunAsync(runId, stepId, version, cancellationToken);
        if (result.IsRefused)
            LogNothingDue(runId, stepId, version, result.Refusal.Reason);
        else
            LogReissued(runId, stepId, version, result.Value.Version);
        await announcer.AnnounceAsync(runId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} step {StepId} v{Version}: approvals lapsed; re-issued as v{NewVersion}")]
    private partial void LogReissued(long runId, string stepId, int version, int newVersion);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} step {StepId} v{Version}: nothing to expire ({Reason})")]
    private partial void LogNothingDue(long runId, string stepId, int version, string reason);
}
