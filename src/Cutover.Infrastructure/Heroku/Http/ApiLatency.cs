namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>The durations of the most recent Heroku API calls (each attempt, on the wire), for the cutover-window estimate.</summary>
public sealed class ApiLatency
{
    private const int Capacity = 128;
    private readonly TimeSpan[] _samples = new TimeSpan[Capacity];
    private readonly Lock _gate = new();
    private int _count;
    private int _next;

    public void Record(TimeSpan duration)
    {
        lock (_gate)
        {
            _samples[_next] = duration;
            _next = (_next + 1) % Capacity;
            _count = Math.Min(_count + 1, Capacity);
        }
    }

    /// <summary>The median of the recent calls and how many there were; zero when none was made yet.</summary>
    public (TimeSpan Median, int Samples) Median()
    {
        TimeSpan[] copy;
        lock (_gate)
            copy = _samples[.._count];
        if (copy.Length == 0)
            return (TimeSpan.Zero, 0);
        Array.Sort(copy);
        return (copy[copy.Length / 2], copy.Length);
    }
}

/// <summary>Times each attempt of a Heroku call into <see cref="ApiLatency"/>; innermost, so retries and pacing are not counted.</summary>
internal sealed class LatencyRecordingHandler(ApiLatency latency, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        latency.Record(clock.GetElapsedTime(started));
        return response;
    }
}
