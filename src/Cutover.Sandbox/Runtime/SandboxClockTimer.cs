namespace Cutover.Sandbox.Runtime;

/// <summary>
/// A timer of <see cref="SandboxClock"/>: due at a time on the sandbox clock, carried by a real timer that the clock
/// re-arms whenever it jumps or changes speed. Locks are taken timer first, then clock, never the other way.
/// </summary>
internal sealed class SandboxClockTimer : ITimer
{
    private readonly SandboxClock _clock;
    private readonly ITimer _carrier;
    private readonly TimerCallback _callback;
    private readonly object? _state;
    private readonly Lock _gate = new();
    private DateTimeOffset? _due;
    private TimeSpan _period;
    private bool _disposed;

    public SandboxClockTimer(SandboxClock clock, TimeProvider real, TimerCallback callback, object? state)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        _carrier = real.CreateTimer(_ => Tick(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        Validate(dueTime, nameof(dueTime));
        Validate(period, nameof(period));
        lock (_gate)
        {
            if (_disposed)
                return false;
            _period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
            _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
            _clock.Track(this, armed: _due is not null);
            ArmLocked();
            return true;
        }
    }

    /// <summary>Called after the clock jumped or changed speed.</summary>
    public void Rearm()
    {
        lock (_gate)
        {
            if (!_disposed && _due is not null)
                ArmLocked();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _due = null;
            _clock.Track(this, armed: false);
        }

        _carrier.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_disposed || _due is not { } due)
                return;
            var now = _clock.GetUtcNow();
            if (now < due)
            {
                // The clock slowed down after this was armed: wait for the rest.
                ArmLocked();
                return;
            }

            _due = _period > TimeSpan.Zero ? (due + _period > now ? due + _period : now + _period) : null;
            if (_due is null)
                _clock.Track(this, armed: false);
            else
                ArmLocked();
        }

        _callback(_state);
    }

    private void ArmLocked() =>
        _carrier.Change(_due is { } at ? _clock.RealDelayUntil(at) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    private static void Validate(TimeSpan value, string name)
    {
        if (value != Timeout.InfiniteTimeSpan && value < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, "A timer's due time and period are zero or more, or infinite.");
    }
}
