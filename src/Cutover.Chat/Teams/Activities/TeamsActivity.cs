namespace Cutover.Chat.Teams.Activities;

/// <summary>
/// The fields of a Bot Framework Activity that Cutover reads or writes (<see href="https://github.com/microsoft/botframework-sdk/blob/main/specs/botframework-activity/botframework-activity.md">Activity schema</see>).
/// One record serves both directions: inbound activities from Teams and the activities Cutover sends.
/// Unknown fields are ignored; <see cref="ActivityTypes"/> lists the types Cutover acts on.
/// </summary>
public sealed record TeamsActivity
{
    public string? Type { get; init; }

    /// <summary>Channel-assigned id (Teams: <c>1759944781430</c> or <c>f:…</c>); set by Cutover only for updates.</summary>
    public string? Id { get; init; }

    /// <summary>When Teams sent it; informational only (A2042), so a malformed value reads as null.</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary><c>msteams</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The user (<c>29:…</c>, with <c>aadObjectId</c>), or the bot on outbound activities.</summary>
    public TeamsChannelAccount? From { get; init; }

    public TeamsConversationAccount? Conversation { get; init; }

    /// <summary>The bot (<c>28:&lt;appId&gt;</c>) on inbound activities.</summary>
    public TeamsChannelAccount? Recipient { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    /// <summary>Plain text Teams shows in notifications and the activity feed instead of "sent a card".</summary>
    public string? Summary { get; init; }

    /// <summary>Mentions, client info and anything else; unknown entity types are ignored (A2104).</summary>
    public IReadOnlyList<TeamsEntity>? Entities { get; init; }

    public IReadOnlyList<TeamsAttachment>? Attachments { get; init; }

    /// <summary><c>conversationUpdate</c>: who joined (the bot itself when it was added).</summary>
    public IReadOnlyList<TeamsChannelAccount>? MembersAdded { get; init; }

    /// <summary>The activity this one answers; for a card click, the card's message id.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Invoke payload or card submit data, left as JSON.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    public TeamsChannelData? ChannelData { get; init; }
}
