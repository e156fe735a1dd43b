namespace Cutover.Sandbox.Runtime;

/// <summary>The sandbox clock as the console shows it.</summary>
/// <param name="Now">Sandbox time.</param>
/// <param name="Rate">×1 is real time.</param>
/// <param name="Upcoming">The next Quartz firings, soonest first.</param>
public sealed record TimeState(DateTimeOffset Now, double Rate, IReadOnlyList<ScheduledFire> Upcoming);
