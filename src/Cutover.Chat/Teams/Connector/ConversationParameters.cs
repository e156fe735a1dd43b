namespace Cutover.Chat.Teams.Connector;

/// <summary>The body of create conversation (BFS <c>ConversationParameters</c>).</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }

    /// <summary>The bot, <c>28:&lt;appId&gt;</c>.</summary>
    public TeamsChannelAccount? Bot { get; init; }

    /// <summary>For a 1:1 chat, the user (<c>29:…</c>).</summary>
    public IReadOnlyList<TeamsChannelAccount>? Members { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The first message.</summary>
    public TeamsActivity? Activity { get; init; }

    /// <summary>For a channel post: <c>{channel:{id}, tenant:{id}}</c>.</summary>
    public TeamsChannelData? ChannelData { get; init; }
}
