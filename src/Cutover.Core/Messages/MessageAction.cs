namespace Cutover.Core.Messages;

/// <summary>A button: a constant action id plus the typed, versioned payload it acts on.</summary>
public sealed record MessageAction(
    string ActionId,
    string Label,
    ActionStyle Style,
    StepActionPayload Payload,
    ConfirmPrompt? Confirm = null);
