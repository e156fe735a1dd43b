using Microsoft.Extensions.Logging;

namespace Cutover.Steps.GoLive;

/// <summary>
/// Once the target is live, the health reports of the monitoring window are scheduled and the parity check is posted
/// in the thread (once per run). A check or post that fails is logged and does not undo the go-live: the
/// decommission approval runs the check again.
/// </summary>
public sealed partial class GoLiveHooks(
    IRunScheduler scheduler,
    ParityReport parity,
    IRunPosts posts,
    IChatNotifier chat,
    TimeProvider clock,
    ILogger<GoLiveHooks> logger) : IStepHooks
{
    /// <summary>The run post key of the parity check.</summary>
    public const string ParityPostKey = "parity";

    public string StepId => StepIds.GoLive;

    public async Task AfterSuccessAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await scheduler.ScheduleMonitoringAsync(run.Id, cancellationToken).ConfigureAwait(false);
        try
        {
            await posts.PostOnceAsync(chat, run, ParityPostKey, clock.GetUtcNow(),
                async () => ParityReport.Message(run, await parity.CheckAsync(run, cancellationToken).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogParityNotPosted(logger, exception, run.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The parity check of run {RunId} was not posted; the decommission approval shows it again.")]
    private static partial void LogParityNotPosted(ILogger logger, Exception exception, long runId);
}
