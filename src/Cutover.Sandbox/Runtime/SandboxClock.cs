namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The sandbox's clock, shared by the host, Quartz and the Heroku simulator. It runs at real speed by default, can run
/// ×<see cref="Rate"/>, and can jump forward (<see cref="AdvanceAsync"/>); its timers (<see cref="CreateTimer"/>, hence
/// <c>Task.Delay</c>, Quartz's waits and Polly's timeouts) fire by its time. While an HTTP call to Heroku is in flight it
/// runs at most at real speed and never jumps (see <see cref="EnterCallAsync"/>), so a call's timeouts only ever measure
/// real time. Time never goes backwards. Timestamps (<see cref="TimeProvider.GetTimestamp"/>) stay real: they measure
/// how long things take, not what time it is.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    /// <summary>The fastest the clock may run.</summary>
    public const double MaxRate = 60;

    private readonly TimeProvider _real;
    private readonly Lock _gate = new();
    private readonly HashSet<SandboxClockTimer> _timers = [];
    private readonly List<TaskCompletionSource> _callWaiters = [];
    private TaskCompletionSource _idle = Signal(completed: true);
    private DateTimeOffset _anchor;
    private long _realAnchor;
    private double _rate = 1;
    private double _segmentRate = 1;
    private int _calls;
    private bool _jumping;

    public SandboxClock(TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(real);
        _real = real;
        _anchor = real.GetUtcNow();
        _realAnchor = real.GetTimestamp();
    }

    /// <summary>How many times faster than real time the clock runs while no Heroku call is in flight.</summary>
    public double Rate
    {
        get
        {
            lock (_gate)
                return _rate;
        }
    }

    /// <summary>Heroku calls in flight now.</summary>
    public int CallsInFlight
    {
        get
        {
            lock (_gate)
                return _calls;
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return NowLocked();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SandboxClockTimer(this, _real, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Runs the clock ×<paramref name="rate"/> from now on (1 is real time).</summary>
    public void SetRate(double rate)
    {
        if (!double.IsFinite(rate) || rate < 1 || rate > MaxRate)
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"The sandbox clock runs between ×1 and ×{MaxRate:0}.");
        bool rearm;
        lock (_gate)
        {
            _rate = rate;
            rearm = Rebase();
        }

        if (rearm)
            RearmTimers();
    }

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/> in one step, once no Heroku call is in flight (calls that start
    /// meanwhile wait for the step). Waits at most <paramref name="drainTimeout"/> of real time for calls to finish.
    /// Due timers fire straight after. Callers keep steps within Quartz's misfire threshold (see SandboxTimeControl).
    /// </summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan drainTimeout, CancellationToken cancellationToken)
    {
        if (by < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(by), by, "The sandbox clock never goes backwards.");
        Task idle;
        lock (_gate)
        {
            _jumping = true;
            idle = _idle.Task;
        }

        var jumped = false;
        try
        {
            await idle.WaitAsync(drainTimeout, _real, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A long call (a log stream) is still open: step anyway rather than stall the clock.
        }
        finally
        {
            List<TaskCompletionSource> released;
            lock (_gate)
            {
                if (!cancellationToken.IsCancellationRequested)
                    jumped = Rebase(by);
                _jumping = false;
                released = [.. _callWaiters];
                _callWaiters.Clear();
            }

            if (jumped)
                RearmTimers();
            foreach (var waiter in released)
                waiter.TrySetResult();
        }
    }

    /// <summary>
    /// Marks the start of an HTTP call to Heroku: waits while a jump is being made, then holds the clock to at most
    /// real speed until <see cref="ExitCall"/>.
    /// </summary>
    public async Task EnterCallAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task? wait = null;
            var rearm = false;
            lock (_gate)
            {
                if (_jumping)
                {
                    var waiter = Signal(completed: false);
                    _callWaiters.Add(waiter);
                    wait = waiter.Task;
                }
                else if (_calls++ == 0)
                {
                    _idle = Signal(completed: false);
                    rearm = Rebase();
                }
            }

            if (wait is null)
            {
                if (rearm)
                    RearmTimers();
                return;
            }

            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Marks the end of a call begun with <see cref="EnterCallAsync"/>.</summary>
    public void ExitCall()
    {
        var rearm = false;
        lock (_gate)
        {
            if (_calls == 0)
                throw new InvalidOperationException("ExitCall without EnterCallAsync.");
            if (--_calls == 0)
            {
                _idle.TrySetResult();
                rearm = Rebase();
            }
        }

        if (rearm)
            RearmTimers();
    }

    /// <summary>The real time left until <paramref name="due"/> at the clock's current speed (zero when due).</summary>
    internal TimeSpan RealDelayUntil(DateTimeOffset due)
    {
        lock (_gate)
        {
            var left = due - NowLocked();
            return left <= TimeSpan.Zero ? TimeSpan.Zero : left / _segmentRate;
        }
    }

    internal void Track(SandboxClockTimer timer, bool armed)
    {
        lock (_gate)
        {
            if (armed)
                _timers.Add(timer);
            else
                _timers.Remove(timer);
        }
    }

    private DateTimeOffset NowLocked() => _anchor + _real.GetElapsedTime(_realAnchor) * _segmentRate;

    /// <summary>
    /// Starts a new segment at the current time (plus <paramref name="jump"/>) at the speed that applies from now on:
    /// ×<see cref="Rate"/>, or at most ×1 while a call is in flight. True when the timers must be re-armed.
    /// </summary>
    private bool Rebase(TimeSpan jump = default)
    {
        var rate = _calls > 0 ? Math.Min(1, _rate) : _rate;
        if (jump == TimeSpan.Zero && rate == _segmentRate)
            return false;
        _anchor = NowLocked() + jump;
        _realAnchor = _real.GetTimestamp();
        _segmentRate = rate;
        return true;
    }

    /// <summary>Re-arms every armed timer for the clock's new time or speed; outside the clock's lock (timers lock first).</summary>
    private void RearmTimers()
    {
        SandboxClockTimer[] timers;
        lock (_gate)
            timers = [.. _timers];
        foreach (var timer in timers)
            timer.Rearm();
    }

    private static TaskCompletionSource Signal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
            signal.SetResult();
        return signal;
    }
}
