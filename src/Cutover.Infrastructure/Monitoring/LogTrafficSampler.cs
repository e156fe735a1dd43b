namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// One health sample: a bounded read of the app's logs through <see cref="ILogSource"/>, summarised as it streams; with
/// <see cref="LogWindow.Since"/>, only the lines stamped after it.
/// </summary>
public sealed class LogTrafficSampler(ILogSource source) : ITrafficSampler
{
    public Task<TrafficSummary> SampleAsync(string app, LogWindow window, CancellationToken cancellationToken) =>
        TrafficSummariser.SummariseAsync(source.ReadAsync(app, window, cancellationToken), cancellationToken, window.Since);
}
