namespace Cutover.Core.Commands;

/// <summary><c>list</c></summary>
public sealed record ListCommand : Command;
