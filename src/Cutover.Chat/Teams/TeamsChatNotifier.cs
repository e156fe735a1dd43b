using Cutover.Chat.Teams.Cards;

namespace Cutover.Chat.Teams;

/// <summary>
/// Posts Cutover's messages as Adaptive Cards through the Bot Connector. A Teams <see cref="ConversationReference"/>
/// holds the <see cref="ConversationReference.ServiceUrl"/>, the conversation id without thread part as
/// <see cref="ConversationReference.ChannelId"/>, and the thread root's activity id as
/// <see cref="ConversationReference.ThreadId"/> (see <see cref="TeamsThread"/>).
/// Connector errors surface as Refit <c>ApiException</c> after the retries of <see cref="TeamsRetryPolicy"/>.
/// People are shown by the names <paramref name="people"/> knows (<see cref="MessagePeople"/>), and mentioned by them.
/// </summary>
public sealed class TeamsChatNotifier(BotConnectorClientFactory connectors, TeamsOptions settings, IPeopleDirectory people) : IChatNotifier
{
    /// <summary>Most members looked up for one message: an approver list is short, and each lookup is a call before the post.</summary>
    public const int MaxMemberLookups = 10;

    /// <summary>
    /// With a thread: reply to the thread root (in a channel, to <c>&lt;channel&gt;;messageid=&lt;root&gt;</c>) and return the
    /// reply's id. Without: send to the conversation, which in a channel starts a new thread, and return the new
    /// message's id, the thread root to <see cref="ConversationReference.AttachThread"/>.
    /// </summary>
    public async Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        var api = Connector(conversation);
        var (card, summary) = await CardAsync(conversation, message, cancellationToken).ConfigureAwait(false);
        ResourceResponse response;
        if (conversation.ThreadId is { Length: > 0 } root)
        {
            var threadConversation = TeamsThread.ConversationIdFor(conversation.ChannelId, root);
            response = await api.ReplyToActivityAsync(threadConversation, root, CardMessage(threadConversation, card, summary) with { ReplyToId = root },
                cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response = await api.SendToConversationAsync(conversation.ChannelId, CardMessage(conversation.ChannelId, card, summary),
                cancellationToken).ConfigureAwait(false);
        }

        return RequireId(response.Id, "send");
    }

    /// <summary>Replaces the card of <paramref name="messageId"/> for everyone (PUT update activity).</summary>
    public async Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var api = Connector(conversation);
        var threadConversation = TeamsThread.ConversationIdFor(conversation.ChannelId, conversation.ThreadId);
        var (card, summary) = await CardAsync(conversation, message, cancellationToken).ConfigureAwait(false);
        var activity = CardMessage(threadConversation, card, summary) with { Id = messageId };
        await api.UpdateActivityAsync(threadConversation, messageId, activity, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts a new thread in a Teams channel proactively (create conversation with <c>channelData.channel.id</c>,
    /// BBH <c>TeamsInfo.SendMessageToTeamsChannelAsync</c>), for when Cutover has no activity in that channel to reply to.
    /// Returns the reference to store with the run, its thread set to the new post.
    /// </summary>
    /// <param name="serviceUrl">The tenant's service URL (from an earlier activity of the tenant).</param>
    /// <param name="channelId">The channel, <c>19:…@thread.tacv2</c>.</param>
    /// <param name="tenantId">The Entra tenant of the team.</param>
    /// <param name="message">The first message (the thread root).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ConversationReference> CreateChannelThreadAsync(
        string serviceUrl, string channelId, string? tenantId, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        var channel = TeamsThread.Split(channelId).ConversationId;
        var api = connectors.For(serviceUrl);
        var (card, summary) = await CardAsync(new ConversationReference(ChatChannel.Teams, channel, null, serviceUrl, tenantId), message,
            cancellationToken).ConfigureAwait(false);
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = Bot(),
            TenantId = tenantId,
            Activity = new TeamsActivity
            {
                Type = ActivityTypes.Message,
                From = Bot(),
                Summary = summary,
                Attachments = [TeamsAttachment.AdaptiveCard(card)],
            },
            ChannelData = new TeamsChannelData
            {
                Channel = new TeamsChannelInfo { Id = channel },
                Tenant = tenantId is null ? null : new TeamsTenantInfo(tenantId),
            },
        };
        var response = await api.CreateConversationAsync(parameters, cancellationToken).ConfigureAwait(false);
        var root = response.ActivityId ?? TeamsThread.Split(response.Id ?? string.Empty).RootId;
        return new ConversationReference(ChatChannel.Teams, channel, RequireId(root, "create conversation"), serviceUrl, tenantId);
    }

    /// <summary>
    /// The card and its notification line for <paramref name="conversation"/>, with the people in <paramref name="message"/>
    /// shown by name. Someone mentioned whom Cutover has not heard from yet is looked up among the conversation's members
    /// (and remembered); when the Connector cannot say, they are shown by id and the message still goes out.
    /// </summary>
    private async Task<(JsonObject Card, string Summary)> CardAsync(ConversationReference conversation, ChatMessage message,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(message);
        var (shown, known) = await people.ShowAsync(ChatChannel.Teams, message, cancellationToken).ConfigureAwait(false);
        var names = new Dictionary<string, string>(known, StringComparer.Ordinal);
        foreach (var id in message.Mentions.Take(MaxMemberLookups))
        {
            var user = new ChatUser(ChatChannel.Teams, id);
            if (!names.ContainsKey(user.Qualified) && await MemberNameAsync(conversation, id, cancellationToken).ConfigureAwait(false) is { } name)
            {
                names[user.Qualified] = name;
                await people.RememberAsync(user, name, cancellationToken).ConfigureAwait(false);
            }
        }

        return (AdaptiveCardRenderer.Render(shown, names), AdaptiveCardRenderer.Summary(shown));
    }

    private async Task<string?> MemberNameAsync(ConversationReference conversation, string memberId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversation.ServiceUrl) || string.IsNullOrWhiteSpace(conversation.ChannelId))
            return null;
        try
        {
            var member = await Connector(conversation).GetConversationMemberAsync(conversation.ChannelId, memberId, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(member.Name) ? null : member.Name;
        }
        catch (ApiException)
        {
            // Not a member of this conversation, or the Connector would not say: shown by id.
            return null;
        }
    }

    private IBotConnectorApi Connector(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Channel != ChatChannel.Teams)
            throw new ArgumentException($"{conversation} is not a Teams conversation.", nameof(conversation));
        return connectors.For(conversation.ServiceUrl);
    }

    private TeamsActivity CardMessage(string conversationId, JsonObject card, string summary) => new()
    {
        Type = ActivityTypes.Message,
        From = Bot(),
        Conversation = new TeamsConversationAccount { Id = conversationId },
        Summary = summary,
        Attachments = [TeamsAttachment.AdaptiveCard(card)],
    };

    /// <summary><c>28:&lt;appId&gt;</c>, the id Teams gives the bot; none in Emulator mode.</summary>
    private TeamsChannelAccount? Bot() =>
        settings.IsAuthenticationDisabled ? null : new TeamsChannelAccount { Id = $"28:{settings.AppId!.Trim()}" };

    private static string RequireId(string? id, string operation) =>
        string.IsNullOrWhiteSpace(id) ? throw new InvalidOperationException($"The Bot Connector answered {operation} without an activity id.") : id;
}
