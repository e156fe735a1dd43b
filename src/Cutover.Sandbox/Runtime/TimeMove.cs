namespace Cutover.Sandbox.Runtime;

/// <summary>What a move of the sandbox clock did.</summary>
/// <param name="From">Sandbox time before.</param>
/// <param name="State">The clock after.</param>
/// <param name="Fired">The scheduled jobs the clock stopped at and saw fire, in order.</param>
/// <param name="Steps">How many steps the move took (each at most <see cref="SandboxTimeControl.MaxStep"/>).</param>
public sealed record TimeMove(DateTimeOffset From, TimeState State, IReadOnlyList<ScheduledFire> Fired, int Steps);
