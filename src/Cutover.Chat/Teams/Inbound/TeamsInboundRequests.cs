namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// What a classified Teams activity asks of Cutover, as the channel-neutral request the inbound queue stores.
/// <see cref="TeamsEndpoints"/> uses it on every activity, and <see cref="FromRawBody"/> on activities stored before
/// requests were typed: one translation for both.
/// </summary>
public static class TeamsInboundRequests
{
    /// <summary>
    /// A message (the command without the bot's mention), a card click, or the bot being added, with the sender's display
    /// name; null when the activity asks nothing: ignored or refused, or it names nobody.
    /// </summary>
    public static InboundChatRequest? From(TeamsInboundEvent inbound)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        InboundChatRequest? request = inbound switch
        {
            TeamsCommandMessage { User: { } user } command => new InboundCommand(command.Conversation, user, command.CommandText),
            TeamsCardAction { User: { } clicker } click => new InboundClick(click.Conversation, clicker, click.Payload, click.Verdict, click.Reason),
            TeamsBotAdded { ReplyTo: { } where } => new InboundBotAdded(where),
            _ => null,
        };
        return request is null ? null : request with { UserName = inbound.Activity.From?.Name };
    }

    /// <summary>
    /// An activity stored as Teams sent it, before requests were typed; null when it asks nothing. Throws
    /// <see cref="InvalidOperationException"/> when it is not an activity.
    /// </summary>
    public static InboundChatRequest? FromRawBody(string body)
    {
        var parsed = TeamsActivityParser.Parse(body);
        if (!parsed.Succeeded)
            throw new InvalidOperationException($"stored Teams activity cannot be read back: {parsed.Error}");
        return From(TeamsInbound.Classify(parsed.Activity!));
    }
}
