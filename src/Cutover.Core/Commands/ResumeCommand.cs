namespace Cutover.Core.Commands;

/// <summary><c>resume</c>: end the pause.</summary>
public sealed record ResumeCommand : Command;
