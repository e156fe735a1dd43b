namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// A click on a button in a message (<c>block_actions</c>). <see cref="MessageTs"/> identifies the message
/// the button is in (for <c>chat.update</c>); <see cref="ThreadTs"/> is the thread it was posted into, when it
/// is a thread reply. Slack sends one action per click; <see cref="Action"/> is that one.
/// </summary>
public sealed record SlackBlockActions(
    string? TeamId,
    string UserId,
    string ChannelId,
    string MessageTs,
    string? ThreadTs,
    bool IsEphemeral,
    IReadOnlyList<SlackAction> Actions,
    string TriggerId,
    string? ResponseUrl,
    string? UserName = null) : SlackRequest
{
    public SlackAction Action => Actions[0];

    /// <summary>The click (<c>action_ts</c>, else <c>trigger_id</c>, both new on every click): only a redelivery is a duplicate.</summary>
    public override string DedupeKey => SlackDedupeKeys.Action(Action.ActionId, MessageTs, UserId, Action.Value, Action.ActionTs ?? TriggerId);
}
