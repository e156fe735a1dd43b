namespace Cutover.Core.Messages;

/// <summary>A labelled value (a Block Kit field, an Adaptive Card fact, an HTML definition).</summary>
public sealed record MessageField(string Label, string Value);
