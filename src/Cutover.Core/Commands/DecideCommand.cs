namespace Cutover.Core.Commands;

/// <summary><c>approve|reject &lt;run&gt; &lt;step&gt; [reason]</c>; a rejection always has a reason.</summary>
public sealed record DecideCommand(long RunId, StepDefinition Step, Verdict Verdict, string? Reason) : Command;
