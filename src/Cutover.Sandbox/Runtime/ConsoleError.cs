namespace Cutover.Sandbox.Runtime;

/// <summary>A console API request Cutover could not take, and what to do instead.</summary>
public sealed record ConsoleError(string Error);
