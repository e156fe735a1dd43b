namespace Cutover.IntegrationTests.Scenarios;

/// <summary>What a Teams scenario sends the host: channel messages that @mention Cutover, and clicks on its cards.</summary>
internal static class TeamsActivities
{
    /// <summary>
    /// A channel message from <paramref name="user"/> (an Entra object id, named as <see cref="Users.TeamsName"/> says) of <paramref name="tenant"/> (default: the
    /// connector's) in <paramref name="channel"/>'s thread 1000, mentioning Cutover.
    /// </summary>
    public static string Mention(FakeBotConnector connector, string channel, string user, string id, string text, string tenant = FakeBotConnector.Tenant) =>
        new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:{user}", ["aadObjectId"] = user, ["name"] = Users.TeamsName(user) },
            ["recipient"] = new JsonObject { ["id"] = $"28:{FakeBotFrameworkIssuer.AppId}", ["name"] = "Cutover" },
            ["conversation"] = new JsonObject { ["id"] = $"{channel};messageid=1000", ["conversationType"] = "channel", ["tenantId"] = tenant },
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["text"] = "<at>Cutover</at>",
                ["mentioned"] = new JsonObject { ["id"] = $"28:{FakeBotFrameworkIssuer.AppId}", ["name"] = "Cutover" },
            }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        }.ToJsonString();

    /// <summary>
    /// <paramref name="user"/> (an Entra object id, of <paramref name="tenant"/>) presses the card's <paramref name="verb"/>
    /// button — on the card, or on the card it shows (a confirmation, the reject reason) — having filled in
    /// <paramref name="inputs"/>: an <c>adaptiveCard/action</c> invoke carrying the button's data with the inputs merged in,
    /// as Teams sends it.
    /// </summary>
    public static string Click(FakeBotConnector connector, string channel, string user, string id, ConnectorCall card, string verb,
        string tenant = FakeBotConnector.Tenant, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var payload = (JsonObject)Execute(card.Card!, verb)["data"]!.DeepClone();
        foreach (var (input, value) in inputs ?? new Dictionary<string, string>())
            payload[input] = value;
        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = id,
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:{user}", ["aadObjectId"] = user, ["name"] = Users.TeamsName(user) },
            ["recipient"] = new JsonObject { ["id"] = $"28:{FakeBotFrameworkIssuer.AppId}" },
            ["conversation"] = new JsonObject { ["id"] = $"{channel};messageid={card.ThreadRootId}", ["conversationType"] = "channel", ["tenantId"] = tenant },
            ["replyToId"] = card.ActivityId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = payload },
                ["trigger"] = "manual",
            },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        }.ToJsonString();
    }

    /// <summary>The <c>Action.Execute</c> with <paramref name="verb"/> among the card's actions or those of the cards they show.</summary>
    private static JsonObject Execute(JsonObject card, string verb) =>
        Actions(card).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb)
        ?? throw new InvalidOperationException($"The card has no action with verb {verb}: {card.ToJsonString()}");

    private static IEnumerable<JsonObject> Actions(JsonObject card) =>
        (card["actions"]?.AsArray() ?? []).OfType<JsonObject>()
        .SelectMany(a => a["card"] is JsonObject shown ? Actions(shown) : [a]);
}
