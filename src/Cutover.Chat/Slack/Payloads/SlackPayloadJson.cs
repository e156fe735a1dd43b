namespace Cutover.Chat.Slack.Payloads;

/// <summary>How inbound Slack JSON is read: snake_case names, unknown fields ignored, bounded depth.</summary>
internal static class SlackPayloadJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        MaxDepth = 64,
    };
}
