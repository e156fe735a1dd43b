namespace Cutover.Chat.Teams.Activities;

/// <summary>Activity types and invoke names Cutover handles; everything else is ignored (A2006).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The invoke name of an <c>Action.Execute</c> click (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The Bot Framework channel id of Microsoft Teams.</summary>
    public const string TeamsChannelId = "msteams";
}
