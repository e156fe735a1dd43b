namespace Cutover.Sandbox.Runtime;

/// <summary><c>POST /api/sandbox/command</c>: what a console user typed, optionally inside a thread.</summary>
/// <param name="User">The user id to act as (see <c>GET /api/sandbox/users</c>).</param>
/// <param name="Text">The command, with or without the leading <c>/cutover</c>.</param>
/// <param name="ThreadId">The root message of the thread typed into, or null for the channel.</param>
public sealed record ConsoleCommandRequest(string? User, string? Text, string? ThreadId = null);
