using Cutover.Chat.Slack.Payloads;

namespace Cutover.Chat.Slack.Inbound;

/// <summary>
/// Slack's parsed requests as the channel-neutral requests the inbound queue stores. <see cref="SlackEndpoints"/> uses them
/// on every request, and <see cref="FromRawBody"/> on rows stored before requests were typed: one translation for both.
/// </summary>
public static partial class SlackInboundRequests
{
    /// <summary>A slash command, <c>/cutover plan …</c>, in the channel it was typed in (a slash command has no thread).</summary>
    public static InboundCommand Command(SlackSlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new InboundCommand(Where(command.ChannelId, null, command.TeamId), User(command.UserId), command.Text) { UserName = command.UserName };
    }

    /// <summary>An <c>@Cutover …</c> mention, in its thread, without the bot's mention.</summary>
    public static InboundCommand Mention(SlackAppMention mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return new InboundCommand(Where(mention.ChannelId, mention.ThreadTs, mention.TeamId), User(mention.UserId),
            BotMention().Replace(mention.Text, " "));
    }

    /// <summary>
    /// An Approve click or a manual action's Done click (<see cref="InboundClick"/>) or a Reject click (<see cref="InboundRejectByCommand"/>: stored only when
    /// the reason modal could not be opened), in the thread of the button's message. Null when the button is not one of
    /// Cutover's or carries no step payload.
    /// </summary>
    public static InboundChatRequest? Click(SlackBlockActions click)
    {
        ArgumentNullException.ThrowIfNull(click);
        if (StepActionPayload.TryParse(click.Action.Value) is not { } payload || !payload.Fits(click.Action.ActionId))
            return null;
        var where = Where(click.ChannelId, click.ThreadTs ?? click.MessageTs, click.TeamId);
        InboundChatRequest? request = click.Action.ActionId switch
        {
            ActionIds.ApproveStep => new InboundClick(where, User(click.UserId), payload, Verdict.Approve, null),
            ActionIds.RejectStep => new InboundRejectByCommand(where, User(click.UserId), payload),
            ActionIds.ConfirmManualAction => new InboundClick(where, User(click.UserId), payload, Verdict.Approve, null),
            _ => null,
        };
        return request is null ? null : request with { UserName = click.UserName };
    }

    /// <summary>A submitted reject-reason modal as the rejection it records; null with the reason when it is not one (<see cref="RejectReasonModal.TryParse"/>).</summary>
    public static InboundClick? Rejection(SlackViewSubmission submission, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!RejectReasonModal.TryParse(submission, out var rejection, out error))
            return null;
        return new InboundClick(Where(rejection.ChannelId, null, submission.TeamId), User(rejection.UserId), rejection.Payload, Verdict.Reject,
            rejection.Reason);
    }

    /// <summary>
    /// A row stored before requests were typed: Slack's raw body under the kind <c>command</c>, <c>mention</c>, <c>action</c>
    /// or <c>view</c>. Throws <see cref="InvalidOperationException"/> when it does not read as what its kind says.
    /// </summary>
    public static InboundChatRequest FromRawBody(string kind, string body) => kind switch
    {
        "command" when SlackPayloadParser.ParseCommand(body).Request is SlackSlashCommand command => Command(command),
        "mention" when SlackPayloadParser.ParseEvent(body).Request is SlackAppMention mention => Mention(mention),
        "action" when SlackPayloadParser.ParseInteraction(body).Request is SlackBlockActions click && Click(click) is { } request => request,
        "view" when SlackPayloadParser.ParseInteraction(body).Request is SlackViewSubmission view && Rejection(view, out _) is { } rejection => rejection,
        _ => throw new InvalidOperationException($"stored Slack request ({kind}) cannot be read back"),
    };

    private static ConversationReference Where(string channelId, string? threadTs, string? teamId) =>
        new(ChatChannel.Slack, channelId, threadTs, null, teamId);

    private static ChatUser User(string userId) => new(ChatChannel.Slack, userId);

    /// <summary>The bot's own mention, <c>&lt;@U123&gt;</c>, at the start of an app_mention's text.</summary>
    [GeneratedRegex(@"<@[A-Z0-9]+>", RegexOptions.CultureInvariant)]
    private static partial Regex BotMention();
}
