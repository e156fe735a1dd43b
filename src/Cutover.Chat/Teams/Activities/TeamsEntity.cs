namespace Cutover.Chat.Teams.Activities;

/// <summary>An activity entity; Cutover reads <c>mention</c> (who, and the <c>&lt;at&gt;…&lt;/at&gt;</c> text used for them).</summary>
public sealed record TeamsEntity
{
    public const string MentionType = "mention";

    public string? Type { get; init; }

    public TeamsChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);
}
