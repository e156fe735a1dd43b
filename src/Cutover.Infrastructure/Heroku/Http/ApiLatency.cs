namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// The durations of the most recent Heroku API calls (each attempt, on the wire), for the cutover-window estimate: the
/// last <see cref="Capacity"/> of the process, and the last <see cref="Capacity"/> of each run whose step made them
/// (<see cref="HerokuCallContext"/>), for the <see cref="MaxRuns"/> runs heard from most recently.
/// </summary>
public sealed class ApiLatency
{
    public const int Capacity = 128;

    public const int MaxRuns = 32;

    private readonly Lock _gate = new();
    private readonly Ring _all = new();
    private readonly Dictionary<long, Ring> _runs = [];
    private readonly LinkedList<long> _recentRuns = new();

    public void Record(TimeSpan duration)
    {
        var runId = HerokuCallContext.RunId;
        lock (_gate)
        {
            _all.Add(duration);
            if (runId is { } id)
                RunRing(id).Add(duration);
        }
    }

    /// <summary>The median of the process's recent calls and how many there were; zero when none was made yet.</summary>
    public (TimeSpan Median, int Samples) Median()
    {
        lock (_gate)
            return _all.Median();
    }

    /// <summary>
    /// The median of <paramref name="runId"/>'s recent calls (<c>OfRun</c>), or of the process's when that run has made
    /// none yet (or was forgotten); zero samples when no call was made at all.
    /// </summary>
    public (TimeSpan Median, int Samples, bool OfRun) MedianFor(long runId)
    {
        lock (_gate)
        {
            if (_runs.TryGetValue(runId, out var ring) && ring.Count > 0)
            {
                var (median, samples) = ring.Median();
                return (median, samples, true);
            }

            var (all, count) = _all.Median();
            return (all, count, false);
        }
    }

    private Ring RunRing(long runId)
    {
        if (_runs.TryGetValue(runId, out var ring))
        {
            _recentRuns.Remove(runId);
            _recentRuns.AddFirst(runId);
            return ring;
        }

        if (_runs.Count == MaxRuns && _recentRuns.Last is { } oldest)
        {
            _runs.Remove(oldest.Value);
            _recentRuns.RemoveLast();
        }

        _recentRuns.AddFirst(runId);
        return _runs[runId] = new Ring();
    }

    /// <summary>The last <see cref="Capacity"/> durations (the caller locks).</summary>
    private sealed class Ring
    {
        private readonly TimeSpan[] _samples = new TimeSpan[Capacity];
        private int _next;

        public int Count { get; private set; }

        public void Add(TimeSpan duration)
        {
            _samples[_next] = duration;
            _next = (_next + 1) % Capacity;
            Count = Math.Min(Count + 1, Capacity);
        }

        public (TimeSpan Median, int Samples) Median()
        {
            if (Count == 0)
                return (TimeSpan.Zero, 0);
            var copy = _samples[..Count];
            Array.Sort(copy);
            return (copy[copy.Length / 2], copy.Length);
        }
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
