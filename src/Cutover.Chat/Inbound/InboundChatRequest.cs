namespace Cutover.Chat.Inbound;

/// <summary>
/// What a verified Slack or Teams request asks of Cutover, channel-neutral: the endpoint parses the platform's body once
/// and stores this in the inbound queue (<see cref="StoredRequests"/>: the kind is the type's name, the body its JSON);
/// <see cref="InboundHandler"/> reads it back and hands it to <see cref="ChatCommands"/>.
/// </summary>
/// <param name="Where">The channel (and thread) the request came from, where its answer goes.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(InboundCommand), nameof(InboundCommand))]
[JsonDerivedType(typeof(InboundClick), nameof(InboundClick))]
[JsonDerivedType(typeof(InboundRejectByCommand), nameof(InboundRejectByCommand))]
[JsonDerivedType(typeof(InboundBotAdded), nameof(InboundBotAdded))]
public abstract record InboundChatRequest(ConversationReference Where)
{
    /// <summary>The queue's kind for this request: the name of its type, as its JSON's <c>type</c> says too.</summary>
    [JsonIgnore]
    public string Kind => GetType().Name;

    /// <summary>The display name the platform sent for the person asking (a Teams activity's <c>from.name</c>), if any.</summary>
    public string? UserName { get; init; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the endpoint's request that stored this one, when Cutover's telemetry is on: the
    /// worker continues that trace. Absent in rows stored without telemetry or before it existed.
    /// </summary>
    public string? TraceParent { get; init; }
}
