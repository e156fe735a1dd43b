using Cutover.Chat.Slack.Inbound;

namespace Cutover.Chat.Inbound;

/// <summary>
/// How an <see cref="InboundChatRequest"/> is kept in the inbound queue, and read back. Its kind is the request's type name
/// and its body the request as JSON. Rows stored before requests were typed hold the platform's raw body under the kinds
/// <c>command</c>, <c>mention</c>, <c>action</c>, <c>view</c> (Slack) and <c>activity</c> (Teams); they are read with the
/// endpoints' own translation (<see cref="SlackInboundRequests"/>, <see cref="TeamsInboundRequests"/>), so a click stored
/// just before an upgrade is still worked after it.
/// </summary>
public static class StoredRequests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new ChatUserJsonConverter() },
    };

    /// <summary>The kinds of typed requests: their type names.</summary>
    private static readonly HashSet<string> Kinds = [.. typeof(InboundChatRequest).GetCustomAttributes(typeof(JsonDerivedTypeAttribute), false)
        .Cast<JsonDerivedTypeAttribute>().Select(a => a.DerivedType.Name)];

    /// <summary>The row that stores <paramref name="request"/> under <paramref name="key"/> for <paramref name="channel"/>.</summary>
    public static InboundRequestData ToData(string key, string channel, InboundChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new InboundRequestData(key, channel, request.Kind, JsonSerializer.Serialize(request, Json));
    }

    /// <summary>
    /// The request a stored row asks for; null when it asks nothing (an old Teams activity Cutover does not act on).
    /// Throws <see cref="InvalidOperationException"/> when the row cannot be read.
    /// </summary>
    public static InboundChatRequest? Read(InboundItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Kinds.Contains(item.Kind))
        {
            return item.Channel switch
            {
                SlackEndpoints.Channel => SlackInboundRequests.FromRawBody(item.Kind, item.Body),
                TeamsEndpoints.Channel => TeamsInboundRequests.FromRawBody(item.Body),
                _ => throw new InvalidOperationException($"stored request {item.Id} ({item.Channel} {item.Kind}) has no reader"),
            };
        }

        try
        {
            var request = JsonSerializer.Deserialize<InboundChatRequest>(item.Body, Json);
            return request?.Kind == item.Kind
                ? request
                : throw new InvalidOperationException($"stored request {item.Id} ({item.Kind}) holds a {request?.Kind ?? "null"}");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"stored request {item.Id} ({item.Kind}) cannot be read back: {exception.Message}", exception);
        }
    }
}
