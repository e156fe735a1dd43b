namespace Cutover.Core.Ports;

/// <summary>Signed, expiring addresses of health report charts, for platforms that show a picture by URL (Teams).</summary>
public interface IChartLinks
{
    /// <summary>Where run <paramref name="runId"/>'s chart <paramref name="name"/> (a report's slot, or the final chart) can be fetched; null when Cutover has no public address.</summary>
    Uri? Offer(long runId, string name);
}
