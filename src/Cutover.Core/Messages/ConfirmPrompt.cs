namespace Cutover.Core.Messages;

/// <summary>A "are you sure?" dialog shown before a button takes effect (destructive steps).</summary>
public sealed record ConfirmPrompt(string Title, string Text, string Confirm, string Deny);
