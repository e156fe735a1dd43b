namespace Cutover.Sandbox.Console;

/// <summary>The "are you sure?" dialog a button shows before it takes effect.</summary>
public sealed record ConsoleConfirmView(string Title, string Text, string Confirm, string Deny);
