using Cutover.Core.Monitoring;

namespace Cutover.Core.Ports;

/// <summary>Draws a health report's chart.</summary>
public interface IHealthCharts
{
    /// <summary>The chart of <paramref name="data"/> as a PNG, with its textual summary as alt text.</summary>
    ChatImage Render(HealthChartData data);
}
