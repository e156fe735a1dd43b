using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Cutover.Benchmarks;

/// <summary>
/// The time the code under measurement sees: <see cref="Fake"/>'s, with every pause (<c>Task.Delay</c>) created through
/// it tracked, so a benchmark can move the fake clock straight to the moment the next one ends (<see cref="NextDue"/>)
/// instead of in steps: simulated waits end exactly when the code's own pauses do, and cost no wall time. Timeouts
/// (cancellation timers, as resilience pipelines set around each call) are not pauses and are not tracked: jumping to
/// one would time out a call that is merely being sent.
/// </summary>
internal sealed class NextTimerClock(FakeTimeProvider fake) : TimeProvider
{
    private readonly ConcurrentDictionary<Tracked, byte> _timers = new();

    public FakeTimeProvider Fake => fake;

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    /// <summary>When the earliest live timer is due; null when none is.</summary>
    public DateTimeOffset? NextDue => _timers.Keys.Select(t => t.Due).Where(d => d is not null).Min();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Method.DeclaringType?.FullName?.StartsWith("System.Threading.Tasks.Task", StringComparison.Ordinal) != true)
            return fake.CreateTimer(callback, state, dueTime, period);
        var tracked = new Tracked(this);
        _timers[tracked] = 0;
        tracked.Start(fake.CreateTimer(s =>
        {
            tracked.Fired();
            callback(s);
        }, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan), dueTime, period);
        return tracked;
    }

    private sealed class Tracked(NextTimerClock clock) : ITimer
    {
        private readonly Lock _gate = new();
        private ITimer? _inner;
        private TimeSpan _period = Timeout.InfiniteTimeSpan;
        private DateTimeOffset? _due;

        public DateTimeOffset? Due
        {
            get
            {
                lock (_gate)
                    return _due;
            }
        }

        public void Start(ITimer inner, TimeSpan dueTime, TimeSpan period)
        {
            _inner = inner;
            Change(dueTime, period);
        }

        public void Fired()
        {
            lock (_gate)
                _due = _period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan ? clock.GetUtcNow() + _period : null;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                (_period, _due) = (period, dueTime == Timeout.InfiniteTimeSpan ? null : clock.GetUtcNow() + dueTime);
            }

            return _inner!.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (_gate)
                _due = null;
            clock._timers.TryRemove(this, out _);
            _inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
