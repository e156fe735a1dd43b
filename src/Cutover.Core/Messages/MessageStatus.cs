namespace Cutover.Core.Messages;

/// <summary>The colour/emoji a renderer gives a message.</summary>
public enum MessageStatus
{
    Info,
    Pending,
    Success,
    Warning,
    Failure,
}
