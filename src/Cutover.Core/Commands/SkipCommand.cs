namespace Cutover.Core.Commands;

/// <summary><c>skip &lt;run&gt; &lt;step&gt; [reason]</c>; skipping the DNS TTL step needs the reason (it waives the TTL check).</summary>
public sealed record SkipCommand(long RunId, StepDefinition Step, string? Reason = null) : Command;
