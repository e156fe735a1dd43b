namespace Cutover.Core.Monitoring;

/// <summary>Reads a bounded window of an app's logs and summarises it (one health sample).</summary>
public interface ITrafficSampler
{
    /// <summary>The summary of the lines read from <paramref name="app"/> within <paramref name="window"/>.</summary>
    Task<TrafficSummary> SampleAsync(string app, LogWindow window, CancellationToken cancellationToken);
}
