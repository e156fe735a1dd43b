namespace Cutover.Core.Commands;

/// <summary><c>waive &lt;run&gt; &lt;reason&gt;</c>: let the cutover start although the DNS TTL check says not yet.</summary>
public sealed record WaiveCommand(long RunId, string Reason) : Command;
