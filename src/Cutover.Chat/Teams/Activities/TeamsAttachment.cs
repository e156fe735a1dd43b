namespace Cutover.Chat.Teams.Activities;

/// <summary>An attachment; Cutover sends Adaptive Cards (<see cref="ActivityTypes.AdaptiveCardContentType"/>).</summary>
public sealed record TeamsAttachment
{
    public string? ContentType { get; init; }

    public JsonNode? Content { get; init; }

    public static TeamsAttachment AdaptiveCard(JsonObject card) =>
        new() { ContentType = ActivityTypes.AdaptiveCardContentType, Content = card };
}
