using Cutover.Core.Runbook;

namespace Cutover.Core.Commands;

/// <summary><c>skip &lt;run&gt; &lt;step&gt;</c></summary>
public sealed record SkipCommand(long RunId, StepDefinition Step) : Command;
