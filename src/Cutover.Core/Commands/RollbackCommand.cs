namespace Cutover.Core.Commands;

/// <summary><c>rollback &lt;run&gt;</c>: ask for approval to put the source app back in service.</summary>
public sealed record RollbackCommand(long RunId) : Command;
