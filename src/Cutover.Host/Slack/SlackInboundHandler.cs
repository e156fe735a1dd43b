using Cutover.Chat.Slack.BlockKit;
using Cutover.Chat.Slack.Payloads;

namespace Cutover.Host.Slack;

/// <summary>
/// Works a stored Slack request: the command, click, modal or mention goes to <see cref="ChatCommands"/>; the private
/// reply (help, status, a refusal) comes back to the user as an ephemeral message in the same channel and thread.
/// </summary>
public sealed partial class SlackInboundHandler(ChatCommands commands, SlackChatNotifier slack) : IInboundHandler
{
    public string Channel => SlackEndpoints.Channel;

    public async Task HandleAsync(InboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        switch (item.Kind)
        {
            case "command" when SlackPayloadParser.ParseCommand(item.Body).Request is SlackSlashCommand command:
                await CommandAsync(Where(command.ChannelId, null, command.TeamId), command.UserId, command.Text, cancellationToken);
                break;
            case "mention" when SlackPayloadParser.ParseEvent(item.Body).Request is SlackAppMention mention:
                await CommandAsync(Where(mention.ChannelId, mention.ThreadTs, mention.TeamId), mention.UserId, Mention().Replace(mention.Text, " "),
                    cancellationToken);
                break;
            case "action" when SlackPayloadParser.ParseInteraction(item.Body).Request is SlackBlockActions { Action.ActionId: ActionIds.RejectStep } reject
                               && StepActionPayload.TryParse(reject.Action.Value) is { } rejected:
                // Stored only when the reason modal could not be opened: ask for the reason as a command instead.
                await slack.PostEphemeralAsync(Where(reject.ChannelId, reject.ThreadTs ?? reject.MessageTs, reject.TeamId), reject.UserId,
                    RunMessages.RejectByCommand(rejected), cancellationToken);
                break;
            case "action" when SlackPayloadParser.ParseInteraction(item.Body).Request is SlackBlockActions { Action.ActionId: ActionIds.ApproveStep } click
                               && StepActionPayload.TryParse(click.Action.Value) is { } payload:
                await ClickAsync(Where(click.ChannelId, click.ThreadTs ?? click.MessageTs, click.TeamId), click.UserId, payload, Verdict.Approve,
                    null, cancellationToken);
                break;
            case "view" when SlackPayloadParser.ParseInteraction(item.Body).Request is SlackViewSubmission view
                             && RejectReasonModal.TryParse(view, out var rejection, out _):
                await ClickAsync(Where(rejection.ChannelId, null, view.TeamId), rejection.UserId, rejection.Payload, Verdict.Reject,
                    rejection.Reason, cancellationToken);
                break;
            default:
                throw new InvalidOperationException($"stored Slack request {item.Id} ({item.Kind}) cannot be read back");
        }
    }

    private async Task CommandAsync(ConversationReference where, string userId, string text, CancellationToken cancellationToken)
    {
        var reply = await commands.CommandAsync(new ChatRequest(where, new ChatUser(ChatChannel.Slack, userId)), text, cancellationToken);
        if (reply is not null)
            await slack.PostEphemeralAsync(where, userId, reply, cancellationToken);
    }

    private async Task ClickAsync(ConversationReference where, string userId, StepActionPayload payload, Verdict verdict, string? reason,
        CancellationToken cancellationToken)
    {
        var reply = await commands.ClickAsync(new ChatRequest(where, new ChatUser(ChatChannel.Slack, userId)), payload, verdict, reason, cancellationToken);
        if (reply is not null)
            await slack.PostEphemeralAsync(where, userId, reply, cancellationToken);
    }

    private static ConversationReference Where(string channelId, string? threadTs, string? teamId) =>
        new(ChatChannel.Slack, channelId, threadTs, null, teamId);

    /// <summary>The bot's own mention, <c>&lt;@U123&gt;</c>, at the start of an app_mention's text.</summary>
    [GeneratedRegex(@"<@[A-Z0-9]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
