namespace Cutover.Core.Commands;

/// <summary><c>status [&lt;app&gt;]</c></summary>
public sealed record StatusCommand(string? App) : Command;
