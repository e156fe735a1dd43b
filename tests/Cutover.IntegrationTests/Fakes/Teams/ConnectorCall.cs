namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// One accepted Connector call as the fake recorded it.
/// </summary>
/// <param name="Operation">Which route was called.</param>
/// <param name="ConversationId">The conversation id from the path (or the created one), decoded, with any <c>;messageid=</c>.</param>
/// <param name="Conversation">The conversation without thread part: what <see cref="FakeBotConnector.ActivitiesIn"/> groups by.</param>
/// <param name="ThreadRootId">The thread the message landed in (channels), or null.</param>
/// <param name="ActivityId">The id of the activity created or updated.</param>
/// <param name="PathActivityId">The activity id in the path (reply target or updated activity).</param>
/// <param name="Body">The request body (for create conversation, its <c>activity</c>).</param>
public sealed record ConnectorCall(
    ConnectorOperation Operation,
    string ConversationId,
    string Conversation,
    string? ThreadRootId,
    string ActivityId,
    string? PathActivityId,
    JsonObject Body)
{
    /// <summary>The first attachment's Adaptive Card, if any.</summary>
    public JsonObject? Card => Body["attachments"]?.AsArray().FirstOrDefault()?["content"] as JsonObject;

    /// <summary>The card's title (its first TextBlock), for readable assertions.</summary>
    public string? CardTitle => Card?["body"]?.AsArray().FirstOrDefault()?["text"]?.GetValue<string>();

    /// <summary>Every string in the card, joined by new lines: what a reader of it sees.</summary>
    public string AllText => Texts(Card);

    /// <summary>Every string in <paramref name="node"/>, joined by new lines.</summary>
    internal static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => string.Empty,
    };
}
