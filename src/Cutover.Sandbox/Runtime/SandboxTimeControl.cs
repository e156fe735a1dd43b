using Cutover.Sandbox.Console;
using Quartz;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The console's time control: run the sandbox clock ×N, jump by a duration, or jump to the next scheduled job.
/// A jump is a walk of steps no longer than <see cref="MaxStep"/> — half of Quartz's misfire threshold on the ADO store
/// (60 s) — that stops exactly at each firing of a job with an end (reminders, health reports, approval expiries) and
/// waits for Quartz to fire it, so nothing the runbook scheduled is ever skipped as a misfire. Jobs that repeat forever
/// (the approval re-notifier every 5 minutes) are not stopped at: if their time came during the walk, they run once at
/// its end, as one late run rather than a burst.
/// </summary>
public sealed partial class SandboxTimeControl(SandboxClock clock, ISchedulerFactory schedulers, ConsoleChannel channel,
    ILogger<SandboxTimeControl> logger) : IDisposable
{
    /// <summary>The longest single step of the clock.</summary>
    public static readonly TimeSpan MaxStep = TimeSpan.FromSeconds(30);

    /// <summary>The longest move the console accepts.</summary>
    public static readonly TimeSpan MaxJump = TimeSpan.FromDays(30);

    /// <summary>How long (real time) a step waits for Heroku calls in flight, and a stop waits for its job.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _moving = new(1, 1);
    private readonly TriggerWatch _watch = new();
    private IScheduler? _scheduler;

    /// <summary>The clock and the next firings.</summary>
    public async Task<TimeState> StateAsync(CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var upcoming = await UpcomingAsync(scheduler, cancellationToken);
        return new TimeState(clock.GetUtcNow(), clock.Rate, [.. upcoming.Take(20).Select(p => p.Fire)]);
    }

    /// <summary>Runs the clock ×<paramref name="rate"/> (1 to <see cref="SandboxClock.MaxRate"/>).</summary>
    public async Task<TimeState> SetRateAsync(double rate, CancellationToken cancellationToken)
    {
        clock.SetRate(rate);
        var state = await StateAsync(cancellationToken);
        channel.Publish(ConsoleEvent.Time, state);
        return state;
    }

    /// <summary>Moves the clock forward by <paramref name="by"/> (up to <see cref="MaxJump"/>); null when a move is under way.</summary>
    public async Task<TimeMove?> AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        if (by <= TimeSpan.Zero || by > MaxJump)
            throw new ArgumentOutOfRangeException(nameof(by), by, $"A move is between 1 s and {MaxJump.TotalDays:0} days.");
        return await MoveAsync(_ => Task.FromResult<DateTimeOffset?>(clock.GetUtcNow() + by), cancellationToken);
    }

    /// <summary>
    /// Moves the clock to the next firing of a job with an end (or, when there is none, of any job) and waits for it to
    /// fire. Null when a move is under way; throws <see cref="InvalidOperationException"/> when nothing is scheduled
    /// within <see cref="MaxJump"/>.
    /// </summary>
    public Task<TimeMove?> NextAsync(CancellationToken cancellationToken) =>
        MoveAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var upcoming = (await UpcomingAsync(await SchedulerAsync(ct), ct)).Select(p => p.Fire).Where(f => f.At > now).ToList();
            var next = upcoming.FirstOrDefault(f => !f.Recurring) ?? upcoming.FirstOrDefault();
            if (next is null)
                throw new InvalidOperationException("Nothing is scheduled: plan a run, or move the clock by a duration.");
            if (next.At - now > MaxJump)
                throw new InvalidOperationException($"The next scheduled job ({next.Job}) is more than {MaxJump.TotalDays:0} days away.");
            return next.At;
        }, cancellationToken);

    private async Task<TimeMove?> MoveAsync(Func<CancellationToken, Task<DateTimeOffset?>> target, CancellationToken cancellationToken)
    {
        if (!await _moving.WaitAsync(TimeSpan.Zero, cancellationToken))
            return null;
        try
        {
            var from = clock.GetUtcNow();
            var to = await target(cancellationToken) ?? from;
            var (fired, steps) = await WalkAsync(to, cancellationToken);
            var state = await StateAsync(cancellationToken);
            channel.Publish(ConsoleEvent.Time, state);
            LogMoved(from, state.Now, steps, fired.Count);
            return new TimeMove(from, state, fired, steps);
        }
        finally
        {
            _moving.Release();
        }
    }

    private async Task<(List<ScheduledFire> Fired, int Steps)> WalkAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        var scheduler = await SchedulerAsync(cancellationToken);
        var fired = new List<ScheduledFire>();
        var housekeeping = new HashSet<JobKey>();
        IReadOnlyList<Planned> plan = [];
        var steps = 0;
        var reread = true;
        while (clock.GetUtcNow() < target)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_watch.TakeChanged() || reread)
                plan = await UpcomingAsync(scheduler, cancellationToken);
            reread = false;
            var now = clock.GetUtcNow();
            foreach (var recurring in plan.Where(p => p.Fire.Recurring && p.Fire.At <= target))
                housekeeping.Add(recurring.Job);
            var stop = plan.FirstOrDefault(p => !p.Fire.Recurring && p.Fire.At > now);
            var end = Min(target, now + MaxStep);
            if (stop is not null && stop.Fire.At <= end)
                end = stop.Fire.At;
            else
                stop = null;

            await clock.AdvanceAsync(end - now, Patience, cancellationToken);
            steps++;
            if (stop is not null)
            {
                await WaitFiredAsync(scheduler, stop, cancellationToken);
                fired.Add(stop.Fire);
                reread = true; // A repeating trigger has its next firing now.
                channel.Publish(ConsoleEvent.Time, new TimeState(clock.GetUtcNow(), clock.Rate, []));
            }

            // Let the work the step woke (pollers, Quartz's own loop) start before the next step.
            await Task.Delay(TimeSpan.FromMilliseconds(1), TimeProvider.System, cancellationToken);
        }

        foreach (var job in housekeeping)
            await scheduler.TriggerJob(job, cancellationToken);
        foreach (var job in housekeeping)
            await WaitRanAsync(scheduler, job, cancellationToken);
        return (fired, steps);
    }

    /// <summary>Waits (real time, bounded) until no firing of the job is due or running: its catch-up run has been made.</summary>
    private static async Task WaitRanAsync(IScheduler scheduler, JobKey job, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < Patience)
        {
            // The catch-up firing is a one-shot trigger: it is gone once fired; the job's recurring trigger has no end.
            var due = (await scheduler.GetTriggersOfJob(job, cancellationToken)).Any(t => t.FinalFireTimeUtc is not null && t.NextFireTimeUtc is not null);
            var running = (await scheduler.QueryFireInstances(new FireInstanceQuery { State = null, Take = PagedQuery.All }, cancellationToken))
                .Items.Any(f => job.Equals(f.JobKey));
            if (!due && !running)
                return;
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, cancellationToken);
        }
    }

    /// <summary>Waits (real time, bounded) until Quartz has fired the trigger and the job it started has finished.</summary>
    private static async Task WaitFiredAsync(IScheduler scheduler, Planned stop, CancellationToken cancellationToken)
    {
        var key = stop.Trigger;
        var deadline = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(deadline) < Patience)
        {
            var trigger = await scheduler.GetTrigger(key, cancellationToken);
            var moved = trigger?.NextFireTimeUtc is not { } next || next > stop.Fire.At;
            var running = (await scheduler.QueryFireInstances(new FireInstanceQuery { State = null, Take = PagedQuery.All }, cancellationToken))
                .Items.Any(f => f.TriggerKey.Equals(key));
            if (moved && !running)
                return;
            await Task.Delay(TimeSpan.FromMilliseconds(10), TimeProvider.System, cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<Planned>> UpcomingAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        var fires = new List<Planned>();
        foreach (var key in await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup(), cancellationToken))
        {
            if (await scheduler.GetTrigger(key, cancellationToken) is not { } trigger || trigger.NextFireTimeUtc is not { } next)
                continue;
            fires.Add(new Planned(new ScheduledFire(trigger.JobKey.ToString(), key.ToString(), next, trigger.FinalFireTimeUtc is null),
                key, trigger.JobKey));
        }

        return [.. fires.OrderBy(p => p.Fire.At).ThenBy(p => p.Fire.Trigger, StringComparer.Ordinal)];
    }

    private async Task<IScheduler> SchedulerAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { } known)
            return known;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        scheduler.ListenerManager.AddSchedulerListener(_watch);
        return _scheduler = scheduler;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    public void Dispose() => _moving.Dispose();

    /// <summary>A firing with the keys it belongs to.</summary>
    private sealed record Planned(ScheduledFire Fire, TriggerKey Trigger, JobKey Job);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sandbox clock moved from {From:O} to {To:O} in {Steps} step(s); stopped at {Fired} scheduled job(s)")]
    private partial void LogMoved(DateTimeOffset from, DateTimeOffset to, int steps, int fired);
}
