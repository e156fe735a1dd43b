using System.Text.RegularExpressions;

namespace Cutover.Core.Messages;

/// <summary>
/// People in messages. Core writes a person as their qualified id (<c>slack:U…</c>, <c>teams:&lt;Entra object id&gt;</c>,
/// <c>console:alice</c>) wherever a message names them — who requested, approved, rejected, paused — and each platform
/// shows that id its own way before rendering (<see cref="Show"/>): Slack keeps its own users' ids for its renderer to
/// turn into <c>&lt;@U…&gt;</c> mentions, which Slack displays as the person's name; everything else becomes the person's
/// display name, or their bare id while no name is known.
/// </summary>
public static partial class MessagePeople
{
    /// <summary>The qualified ids in the message's title, text and fields (mentions are the platform's own ids, not these).</summary>
    public static IReadOnlySet<string> In(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts(message))
        {
            foreach (Match match in QualifiedId().Matches(text))
            {
                if (ChatUser.TryParse(match.Value, out var user))
                    ids.Add(user.Qualified);
            }
        }

        return ids;
    }

    /// <summary>
    /// The message as <paramref name="platform"/> shows it: every qualified id replaced by the person's name from
    /// <paramref name="names"/> (by qualified id), or their bare id; on Slack, Slack users stay qualified in text and fields
    /// (the Block Kit renderer makes them mentions) and are named only in the title, which is plain text.
    /// </summary>
    public static ChatMessage Show(ChatMessage message, ChatChannel platform, IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(names);
        string Named(ChatUser user) => names.TryGetValue(user.Qualified, out var name) && !string.IsNullOrWhiteSpace(name) ? name : user.Id;
        string InText(ChatUser user) => platform == ChatChannel.Slack && user.Platform == ChatChannel.Slack ? user.Qualified : Named(user);
        return message with
        {
            Title = Replace(message.Title, Named),
            Text = message.Text is null ? null : Replace(message.Text, InText),
            Fields = [.. message.Fields.Select(f => new MessageField(Replace(f.Label, InText), Replace(f.Value, InText)))],
        };
    }

    /// <summary>Looks up the names of the people <paramref name="message"/> names (and, on Teams, mentions) and shows it for <paramref name="platform"/>.</summary>
    public static async Task<(ChatMessage Message, IReadOnlyDictionary<string, string> Names)> ShowAsync(
        this IPeopleDirectory people, ChatChannel platform, ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(message);
        var ids = new HashSet<string>(In(message), StringComparer.Ordinal);
        if (platform != ChatChannel.Slack)
            ids.UnionWith(message.Mentions.Select(m => new ChatUser(platform, m).Qualified));
        var names = ids.Count == 0
            ? new Dictionary<string, string>()
            : await people.NamesAsync(ids, cancellationToken).ConfigureAwait(false);
        return (Show(message, platform, names), names);
    }

    /// <summary>Replaces each qualified id in <paramref name="text"/> with what <paramref name="show"/> makes of its person.</summary>
    public static string Replace(string text, Func<ChatUser, string> show)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(show);
        return QualifiedId().Replace(text, m => ChatUser.TryParse(m.Value, out var user) ? show(user) : m.Value);
    }

    private static IEnumerable<string> Texts(ChatMessage message)
    {
        yield return message.Title;
        if (message.Text is { } text)
            yield return text;
        foreach (var field in message.Fields)
        {
            yield return field.Label;
            yield return field.Value;
        }
    }

    /// <summary>
    /// <c>slack:</c>, <c>teams:</c> or <c>console:</c> and an id that starts and ends with a letter or digit, not inside a
    /// longer word, address or URL (<c>https://slack.com</c>, <c>msteams:</c> are not people).
    /// </summary>
    [GeneratedRegex(@"(?<![\w:/.@-])(?:slack|teams|console):[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?")]
    private static partial Regex QualifiedId();
}
