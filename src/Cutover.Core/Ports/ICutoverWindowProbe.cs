namespace Cutover.Core.Ports;

/// <summary>Measures what the cutover-window estimate needs (follower lag, domains, data add-ons, API latency) read-only.</summary>
public interface ICutoverWindowProbe
{
    Task<CutoverWindowInputs> MeasureAsync(Run run, CancellationToken cancellationToken);
}
