namespace Cutover.Core.Commands;

/// <summary><c>help</c>, or an empty command.</summary>
public sealed record HelpCommand : Command;
