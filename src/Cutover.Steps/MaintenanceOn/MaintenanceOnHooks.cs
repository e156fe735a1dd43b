using Microsoft.Extensions.Logging;

namespace Cutover.Steps.MaintenanceOn;

/// <summary>The source's traffic is the health reports' baseline: it is read before maintenance stops it.</summary>
public sealed partial class MaintenanceOnHooks(MonitorRun monitor, ILogger<MaintenanceOnHooks> logger) : IStepHooks
{
    public string StepId => StepIds.MaintenanceOn;

    public async Task BeforeAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            await monitor.CaptureBaselineAsync(run, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNoBaseline(run.Id, exception.GetType().Name, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: no traffic baseline ({Error}: {Message}); health reports will lack the comparison")]
    private partial void LogNoBaseline(long runId, string error, string message);
}
