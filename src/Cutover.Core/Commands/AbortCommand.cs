namespace Cutover.Core.Commands;

/// <summary><c>abort &lt;run&gt; [reason]</c></summary>
public sealed record AbortCommand(long RunId, string? Reason) : Command;
