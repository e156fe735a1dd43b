namespace Cutover.Core.Commands;

/// <summary><c>pause &lt;reason&gt;</c>: stop every run from moving on until <c>resume</c>.</summary>
public sealed record PauseCommand(string Reason) : Command;
