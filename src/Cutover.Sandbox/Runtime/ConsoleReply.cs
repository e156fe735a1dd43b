using Cutover.Sandbox.Console;

namespace Cutover.Sandbox.Runtime;

/// <summary>The answer to a command or click: Cutover's private reply to that user (help, status, a refusal), if any.</summary>
public sealed record ConsoleReply(ConsoleMessageView? Reply);
