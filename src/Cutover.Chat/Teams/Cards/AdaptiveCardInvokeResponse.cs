namespace Cutover.Chat.Teams.Cards;

/// <summary>
/// The synchronous answer to an <c>adaptiveCard/action</c> invoke (<see href="https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview">Universal Actions</see>): the host writes
/// <see cref="Body"/> as JSON with HTTP status <see cref="StatusCode"/>. A card replaces the clicked card for the
/// clicking user only; update the message for everyone with <see cref="TeamsChatNotifier.UpdateAsync"/> as well.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, JsonObject Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary><c>{statusCode:200, type:"application/vnd.microsoft.card.adaptive", value: card}</c>.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, Envelope(200, CardType, card.DeepClone()));
    }

    /// <summary>A short text Teams shows to the clicking user instead of a card (e.g. why a stale click was refused).</summary>
    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new(200, Envelope(200, MessageType, JsonValue.Create(text)));
    }

    /// <summary><c>{statusCode, type:"application/vnd.microsoft.error", value:{code, message}}</c>.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        return new(statusCode, Envelope(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message }));
    }

    /// <summary>The 400 answer for an invoke Cutover cannot act on.</summary>
    public static AdaptiveCardInvokeResponse Error(TeamsRejectedInvoke rejected)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        return Error(400, rejected.Code, rejected.Message);
    }

    private static JsonObject Envelope(int statusCode, string type, JsonNode? value) =>
        new() { ["statusCode"] = statusCode, ["type"] = type, ["value"] = value };
}
