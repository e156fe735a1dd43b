namespace Cutover.Core.Commands;

/// <summary><c>retry &lt;run&gt; &lt;step&gt;</c></summary>
public sealed record RetryCommand(long RunId, StepDefinition Step) : Command;
