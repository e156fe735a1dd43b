namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// Decides what an authenticated activity asks of Cutover:
/// <list type="bullet">
/// <item><c>message</c> → <see cref="TeamsCommandMessage"/> with the bot's mention stripped;</item>
/// <item><c>invoke</c> <c>adaptiveCard/action</c> → <see cref="TeamsCardAction"/> (verb + <see cref="StepActionPayload"/>
/// + optional reason) or <see cref="TeamsRejectedInvoke"/>;</item>
/// <item><c>conversationUpdate</c> with the bot among <c>membersAdded</c> → <see cref="TeamsBotAdded"/>;</item>
/// <item>anything else → <see cref="TeamsIgnored"/>.</item>
/// </list>
/// Pure: no I/O, never throws for odd input.
/// </summary>
public static class TeamsInbound
{
    /// <summary>The reject card's text input id; Teams merges its value into the action's <c>data</c>.</summary>
    public const string ReasonInputId = "reason";

    /// <summary>Longest reason kept (the card's input allows the same).</summary>
    public const int MaxReasonLength = 500;

    private const string ExecuteActionType = "Action.Execute";

    public static TeamsInboundEvent Classify(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = ReplyTarget(activity);
        if (conversation is null)
            return new TeamsIgnored(activity, null, "the activity has no conversation id or serviceUrl");
        return activity.Type switch
        {
            ActivityTypes.Message => Message(activity, conversation),
            ActivityTypes.Invoke when string.Equals(activity.Name, ActivityTypes.AdaptiveCardAction, StringComparison.Ordinal) =>
                CardAction(activity, conversation),
            ActivityTypes.Invoke => new TeamsIgnored(activity, conversation, $"invoke '{activity.Name}' is not handled"),
            ActivityTypes.ConversationUpdate => ConversationUpdate(activity, conversation),
            _ => new TeamsIgnored(activity, conversation, $"activity type '{activity.Type}' is not handled"),
        };
    }

    /// <summary>
    /// Where replies to <paramref name="activity"/> go: Teams, the conversation without its thread part, the thread
    /// root parsed from <c>;messageid=</c> (see <see cref="TeamsThread"/>), the service URL and the tenant.
    /// </summary>
    public static ConversationReference? ReplyTarget(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
            return null;
        var (conversationId, root) = TeamsThread.Split(activity.Conversation.Id);
        if (string.IsNullOrWhiteSpace(conversationId))
            return null;
        var tenant = activity.Conversation.TenantId ?? activity.ChannelData?.Tenant?.Id;
        return new ConversationReference(ChatChannel.Teams, conversationId, root, activity.ServiceUrl, tenant);
    }

    private static TeamsInboundEvent Message(TeamsActivity activity, ConversationReference conversation)
    {
        if (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is { ValueKind: JsonValueKind.Object })
            return new TeamsIgnored(activity, conversation, "Action.Submit data is not used; Cutover's cards use Action.Execute");
        return new TeamsCommandMessage(activity, conversation, TeamsMentions.RemoveBotMention(activity));
    }

    private static TeamsInboundEvent ConversationUpdate(TeamsActivity activity, ConversationReference conversation)
    {
        var botId = activity.Recipient?.Id;
        var botAdded = !string.IsNullOrEmpty(botId)
                       && (activity.MembersAdded ?? []).Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
        return botAdded
            ? new TeamsBotAdded(activity, conversation)
            : new TeamsIgnored(activity, conversation, "conversationUpdate without the bot joining");
    }

    private static TeamsInboundEvent CardAction(TeamsActivity activity, ConversationReference conversation)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return Rejected(activity, conversation, TeamsRejectedInvoke.BadRequest, "The invoke has no value.action.");
        if (!string.Equals(Text(action, "type"), ExecuteActionType, StringComparison.Ordinal))
            return Rejected(activity, conversation, TeamsRejectedInvoke.NotSupported, "Only Action.Execute is supported.");

        var verb = Text(action, "verb");
        Verdict? verdict = verb switch
        {
            ActionIds.ApproveStep => Verdict.Approve,
            ActionIds.RejectStep => Verdict.Reject,
            ActionIds.ConfirmManualAction => Verdict.Approve,
            _ => null,
        };
        if (verdict is null)
            return Rejected(activity, conversation, TeamsRejectedInvoke.NotSupported, $"Cutover has no action '{Shorten(verb ?? "(none)")}'.");

        if (!action.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || StepActionPayload.TryParse(data.GetRawText()) is not { } payload || !payload.Fits(verb))
            return Rejected(activity, conversation, TeamsRejectedInvoke.BadRequest, "The action's data is not a run/step/version payload.");

        return new TeamsCardAction(activity, conversation, verb!, verdict.Value, payload, Reason(data), activity.ReplyToId);
    }

    private static string? Reason(JsonElement data)
    {
        var reason = Text(data, ReasonInputId)?.Trim();
        if (string.IsNullOrEmpty(reason))
            return null;
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TeamsRejectedInvoke Rejected(TeamsActivity activity, ConversationReference conversation, string code, string message) =>
        new(activity, conversation, code, message);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
