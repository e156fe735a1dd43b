namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// The Slack Web API methods Cutover calls (<see href="https://docs.slack.dev/apis/web-api">Web API</see>), relative
/// to <c>SLACK_API_URL</c> (default <c>https://slack.com/api/</c>), with the bot token as bearer. Writes send JSON,
/// reads send form fields. Every call either returns an <c>ok</c> answer or throws <see cref="SlackApiException"/>;
/// 429s are retried after <c>Retry-After</c> before that.
/// </summary>
public interface ISlackWebApi
{
    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.postMessage">chat.postMessage</see>: posts into a channel, or into a thread with <c>thread_ts</c>.</summary>
    [Post("/chat.postMessage")]
    Task<ChatPostMessageResponse> PostMessageAsync([Body] ChatPostMessageRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.update">chat.update</see>: replaces a message the bot posted.</summary>
    [Post("/chat.update")]
    Task<ChatUpdateResponse> UpdateMessageAsync([Body] ChatUpdateRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.postEphemeral">chat.postEphemeral</see>: a message one user sees.</summary>
    [Post("/chat.postEphemeral")]
    Task<ChatPostEphemeralResponse> PostEphemeralAsync([Body] ChatPostEphemeralRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/views.open">views.open</see>: opens a modal for an interaction's trigger.</summary>
    [Post("/views.open")]
    Task<ViewsOpenResponse> OpenViewAsync([Body] ViewsOpenRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/usergroups.users.list">usergroups.users.list</see>: the members of a user group.</summary>
    [Post("/usergroups.users.list")]
    Task<UsergroupsUsersListResponse> ListUsergroupUsersAsync(
        [Body(BodySerializationMethod.UrlEncoded)] UsergroupsUsersListRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/users.info">users.info</see>: one user.</summary>
    [Post("/users.info")]
    Task<UsersInfoResponse> GetUserAsync([Body(BodySerializationMethod.UrlEncoded)] UsersInfoRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/files.getUploadURLExternal">files.getUploadURLExternal</see>: where to upload a file.</summary>
    [Post("/files.getUploadURLExternal")]
    Task<FilesGetUploadUrlResponse> GetUploadUrlAsync([Body(BodySerializationMethod.UrlEncoded)] FilesGetUploadUrlRequest request, CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/files.completeUploadExternal">files.completeUploadExternal</see>: shares uploaded files.</summary>
    [Post("/files.completeUploadExternal")]
    Task<FilesCompleteUploadResponse> CompleteUploadAsync([Body(BodySerializationMethod.UrlEncoded)] FilesCompleteUploadRequest request,
        CancellationToken cancellationToken);

    /// <summary><see href="https://docs.slack.dev/reference/methods/conversations.info">conversations.info</see>: one channel.</summary>
    [Post("/conversations.info")]
    Task<ConversationsInfoResponse> GetConversationAsync(
        [Body(BodySerializationMethod.UrlEncoded)] ConversationsInfoRequest request, CancellationToken cancellationToken);
}
