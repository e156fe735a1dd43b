namespace Cutover.Chat.Teams.Inbound;

/// <summary>The bot's own @mention in a message (BBH <c>RemoveMentionText</c>).</summary>
public static class TeamsMentions
{
    /// <summary>
    /// The text without the bot's mention: for each <c>mention</c> entity whose <c>mentioned.id</c> is the recipient,
    /// its <c>text</c> (or <c>&lt;at&gt;name&lt;/at&gt;</c>) is removed case-insensitively, then the result is trimmed.
    /// Mentions of other people stay.
    /// </summary>
    public static string RemoveBotMention(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId))
            return text.Trim();
        foreach (var mention in activity.Entities ?? [])
        {
            if (!mention.IsMention || !string.Equals(mention.Mentioned?.Id, botId, StringComparison.Ordinal))
                continue;
            var tag = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(tag))
                text = text.Replace(tag, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return text.Trim();
    }
}
