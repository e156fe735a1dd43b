namespace Cutover.Sandbox.Runtime;

/// <summary><c>POST /api/sandbox/time</c>: move the sandbox clock.</summary>
/// <param name="Action"><c>next</c> (to the next scheduled job), <c>advance</c> (by <paramref name="Minutes"/>) or <c>rate</c> (run ×<paramref name="Rate"/>).</param>
/// <param name="Minutes">How far <c>advance</c> moves the clock.</param>
/// <param name="Rate">How fast <c>rate</c> makes the clock run, 1 to 60.</param>
public sealed record TimeRequest(string? Action, double? Minutes = null, double? Rate = null);
