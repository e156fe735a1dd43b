namespace Cutover.Sandbox.Runtime;

/// <summary>The next firing of one Quartz trigger.</summary>
/// <param name="Job">The job's key, <c>group.name</c> (e.g. <c>approval-expiry.run-3.deploy.v1</c>).</param>
/// <param name="Trigger">The trigger's key, <c>group.name</c>.</param>
/// <param name="At">When it fires next (sandbox time).</param>
/// <param name="Recurring">Repeats with no end (housekeeping such as the approval reminders); not a thing "next" stops at.</param>
public sealed record ScheduledFire(string Job, string Trigger, DateTimeOffset At, bool Recurring);
