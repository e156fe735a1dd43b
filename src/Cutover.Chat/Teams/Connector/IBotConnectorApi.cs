namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// The Bot Connector v3 REST operations Cutover uses, relative to a conversation's <c>serviceUrl</c>
/// (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference">Bot Connector API</see>). Ids are URL-escaped by Refit.
/// Obtain one per service URL from <see cref="BotConnectorClientFactory"/>; it adds the bearer token and retries.
/// </summary>
public interface IBotConnectorApi
{
    /// <summary>
    /// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#send-to-conversation">Send to conversation</see>:
    /// a new message at the end of the conversation (a new top-level post in a channel, or inside the thread when the id has <c>;messageid=</c>).
    /// </summary>
    [Post("/v3/conversations/{conversationId}/activities")]
    Task<ResourceResponse> SendToConversationAsync(string conversationId, [Body] TeamsActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#reply-to-activity">Reply to activity</see>.
    /// </summary>
    [Post("/v3/conversations/{conversationId}/activities/{activityId}")]
    Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, [Body] TeamsActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#update-activity">Update activity</see>:
    /// the body replaces the message entirely.
    /// </summary>
    [Put("/v3/conversations/{conversationId}/activities/{activityId}")]
    Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, [Body] TeamsActivity activity, CancellationToken cancellationToken);

    /// <summary>
    /// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#create-conversation">Create conversation</see>:
    /// a proactive new channel post or 1:1 chat.
    /// </summary>
    [Post("/v3/conversations")]
    Task<ConversationResourceResponse> CreateConversationAsync([Body] ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>
    /// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#get-conversation-member">Get conversation member</see>:
    /// one member of the conversation (in a channel, of its team) by Teams user id or Entra object id, with their display name.
    /// </summary>
    [Get("/v3/conversations/{conversationId}/members/{memberId}")]
    Task<TeamsChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken);
}
