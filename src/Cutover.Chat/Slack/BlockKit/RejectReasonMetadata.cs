namespace Cutover.Chat.Slack.BlockKit;

/// <summary>The reject-reason modal's <c>private_metadata</c>: what is rejected, and which message to update afterwards.</summary>
internal sealed record RejectReasonMetadata(
    [property: JsonPropertyName("payload")] StepActionPayload Payload,
    [property: JsonPropertyName("channel")] string ChannelId,
    [property: JsonPropertyName("ts")] string MessageTs);
