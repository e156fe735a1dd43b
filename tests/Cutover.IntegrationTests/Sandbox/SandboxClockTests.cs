namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The sandbox clock: jumps, speed, timers, and the calls to Heroku it must never rush.</summary>
public sealed class SandboxClockTests
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Advance_PastADelay_CompletesIt()
    {
        var clock = new SandboxClock(TimeProvider.System);
        var before = clock.GetUtcNow();
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);
        var notYet = Task.Delay(TimeSpan.FromHours(2), clock);

        await clock.AdvanceAsync(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1), Drain, CancellationToken.None);

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(200);
        Assert.False(notYet.IsCompleted);
        Assert.InRange(clock.GetUtcNow() - before, TimeSpan.FromHours(1), TimeSpan.FromHours(1) + TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task SetRate_Sixty_RunsAMinuteEverySecondAndDelaysFollow()
    {
        var clock = new SandboxClock(TimeProvider.System);
        clock.SetRate(60);
        var before = clock.GetUtcNow();
        var started = TimeProvider.System.GetTimestamp();

        var delay = Task.Delay(TimeSpan.FromSeconds(30), clock);

        // Thirty sandbox seconds are half a real one: the delay ends long before thirty real seconds could pass.
        Assert.Same(delay, await Task.WhenAny(delay, Task.Delay(TimeSpan.FromSeconds(20), TimeProvider.System)));
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(400), "the delay ended before its sandbox time passed");
        Assert.True(clock.GetUtcNow() - before >= TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task CallInFlight_AtSixtyTimes_ClockRunsAtRealSpeedUntilItEnds()
    {
        var clock = new SandboxClock(TimeProvider.System);
        clock.SetRate(60);

        await clock.EnterCallAsync(CancellationToken.None);
        var during = clock.GetUtcNow();
        await Task.Delay(500);
        var slowed = clock.GetUtcNow() - during;
        clock.ExitCall();
        var after = clock.GetUtcNow();
        await Task.Delay(500);
        var fast = clock.GetUtcNow() - after;

        Assert.InRange(slowed, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(2));
        Assert.True(fast >= TimeSpan.FromSeconds(20), $"after the call the clock ran {fast} in half a second");
        Assert.Equal(0, clock.CallsInFlight);
    }

    [Fact]
    public async Task Advance_WhileACallIsInFlight_WaitsForItAndHoldsNewCallsUntilTheStep()
    {
        var clock = new SandboxClock(TimeProvider.System);
        await clock.EnterCallAsync(CancellationToken.None);
        var before = clock.GetUtcNow();

        var advance = clock.AdvanceAsync(TimeSpan.FromMinutes(1), Drain, CancellationToken.None);
        await Task.Delay(200);
        var second = clock.EnterCallAsync(CancellationToken.None);
        await Task.Delay(200);

        Assert.False(advance.IsCompleted);
        Assert.False(second.IsCompleted);
        Assert.True(clock.GetUtcNow() - before < TimeSpan.FromSeconds(5));
        clock.ExitCall();
        await advance.WaitAsync(TimeSpan.FromSeconds(5));
        await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(clock.GetUtcNow() - before >= TimeSpan.FromMinutes(1));
        Assert.Equal(1, clock.CallsInFlight);
        clock.ExitCall();
    }

    [Fact]
    public async Task Advance_CallNeverEnds_StepsAfterTheDrainTimeout()
    {
        var clock = new SandboxClock(TimeProvider.System);
        await clock.EnterCallAsync(CancellationToken.None);
        var before = clock.GetUtcNow();

        await clock.AdvanceAsync(TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(200), CancellationToken.None);

        Assert.True(clock.GetUtcNow() - before >= TimeSpan.FromMinutes(1));
        clock.ExitCall();
    }

    [Fact]
    public async Task PeriodicTimer_StepsOfOnePeriod_FiresOncePerStep()
    {
        var clock = new SandboxClock(TimeProvider.System);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

        for (var step = 1; step <= 3; step++)
        {
            await clock.AdvanceAsync(TimeSpan.FromMinutes(10), Drain, CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (Volatile.Read(ref fired) < step && DateTime.UtcNow < deadline)
                await Task.Delay(10);
        }

        await Task.Delay(200);
        Assert.Equal(3, Volatile.Read(ref fired));
    }

    [Fact]
    public async Task Timer_ChangedToInfinite_NeverFires()
    {
        var clock = new SandboxClock(TimeProvider.System);
        var fired = false;
        using var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        await clock.AdvanceAsync(TimeSpan.FromMinutes(5), Drain, CancellationToken.None);
        await Task.Delay(200);

        Assert.False(fired);
    }

    public static TheoryData<string, double> BadRates => new()
    {
        { "slower than real time", 0.5 },
        { "above the maximum", 61 },
        { "not a number", double.NaN },
    };

    [Theory]
    [MemberData(nameof(BadRates))]
    public void SetRate_OutOfRange_Refuses(string row, double rate)
    {
        var clock = new SandboxClock(TimeProvider.System);

        Assert.Throws<ArgumentOutOfRangeException>(() => clock.SetRate(rate));
        Assert.True(clock.Rate == 1, row);
    }

    [Fact]
    public async Task Advance_Backwards_Refuses()
    {
        var clock = new SandboxClock(TimeProvider.System);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => clock.AdvanceAsync(TimeSpan.FromSeconds(-1), Drain, CancellationToken.None));
    }
}
