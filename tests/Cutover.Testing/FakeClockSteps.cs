using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace Cutover.Testing;

/// <summary>
/// Moves a fake clock on in steps of a second while a test waits for what that time brings about (a timed job firing),
/// starting just before the moment expected, so that the job is neither skipped nor run late.
/// </summary>
public static class FakeClockSteps
{
    /// <summary>The real time a test waits for what it steps the clock towards.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Moves <paramref name="clock"/> to 2 s before <paramref name="at"/> (unless it is later already), then on a second
    /// every 20 ms of real time until <paramref name="probe"/> finds what it looks for. After <see cref="Patience"/> the
    /// test fails, naming <paramref name="what"/> and what <paramref name="seen"/> reports instead.
    /// </summary>
    public static async Task<T> StepToAsync<T>(this FakeTimeProvider clock, DateTimeOffset at, Func<T?> probe, string what, Func<string> seen)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(seen);
        if (clock.GetUtcNow() < at.AddSeconds(-2))
            clock.SetUtcNow(at.AddSeconds(-2));
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (probe() is { } found)
                return found;
            Assert.True(DateTime.UtcNow < deadline, $"no {what} by {clock.GetUtcNow():u}:\n{seen()}");
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }
    }
}
