using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Cutover.Testing;

/// <summary>
/// Shuts down what runs on a <see cref="FakeTimeProvider"/> while moving that clock on, so the shutdown cannot wait
/// forever on a time that never comes.
/// </summary>
/// <remarks>
/// The HTTP resilience pipelines (Polly, through <c>AddStandardResilienceHandler</c>/<c>AddResilienceHandler</c>) take
/// the container's <see cref="TimeProvider"/>. When their container is disposed with a request still in flight, Polly's
/// execution tracking waits for it to drain by sleeping on that clock (up to 30 s of its time); Quartz, stopping with
/// <c>WaitForJobsToComplete</c>, waits for jobs that may themselves wait on it. A fake clock that nothing advances turns
/// both into a hang. We keep the fake clock where the tests put it (retries and polling then cost no real time) and
/// advance it here, a second of its time every 10 ms of real time, until the shutdown is done. If it still is not done
/// after <see cref="Patience"/> of real time, the test fails with a <see cref="TimeoutException"/> instead of hanging.
/// </remarks>
public static class FakeClockShutdown
{
    /// <summary>The real time a shutdown may take before the test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Step = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Disposes the container, advancing its <see cref="TimeProvider"/> meanwhile when that is a fake clock. Like
    /// <c>DisposeAsync</c>, a second call does nothing.
    /// </summary>
    public static Task DisposeAdvancingAsync(this ServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        TimeProvider? clock;
        try
        {
            clock = services.GetService<TimeProvider>();
        }
        catch (ObjectDisposedException)
        {
            return Task.CompletedTask;
        }

        return clock is FakeTimeProvider fake
            ? fake.AdvanceWhileAsync(services.DisposeAsync, "a service provider")
            : services.DisposeAsync().AsTask();
    }

    /// <summary>For <c>await using</c>: disposes the container as <see cref="DisposeAdvancingAsync"/> does.</summary>
    public static IAsyncDisposable AdvancingOnDispose(this ServiceProvider services) => new Disposal(services);

    /// <summary>Runs <paramref name="shutdown"/> to its end while advancing the clock; fails after <see cref="Patience"/>.</summary>
    public static async Task AdvanceWhileAsync(this FakeTimeProvider clock, Func<ValueTask> shutdown, string what)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(shutdown);
        var started = Stopwatch.GetTimestamp();
        // Started on the thread pool: a shutdown that blocks synchronously must not block the loop that unblocks it.
        var done = Task.Run(async () => await shutdown());
        while (!done.IsCompleted)
        {
            if (Stopwatch.GetElapsedTime(started) > Patience)
                throw new TimeoutException($"Shutting down {what} did not finish within {Patience.TotalSeconds:0} s of real time, although its fake clock moved on to {clock.GetUtcNow():u}.");
            clock.Advance(Step);
            await Task.WhenAny(done, Task.Delay(10));
        }

        await done;
    }

    private sealed class Disposal(ServiceProvider services) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => new(services.DisposeAdvancingAsync());
    }
}
