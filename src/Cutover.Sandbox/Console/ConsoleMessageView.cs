namespace Cutover.Sandbox.Console;

/// <summary>
/// One message of the console channel as the page and the API see it: a post by Cutover, rendered from the
/// channel-neutral <see cref="ChatMessage"/>, or a command a sandbox user typed. <see cref="Revision"/> grows with
/// every update of the same message.
/// </summary>
/// <param name="Id">The message id Cutover got back when it posted (<c>m12</c>).</param>
/// <param name="ChannelId">The console channel, e.g. <c>migrations</c>.</param>
/// <param name="ThreadId">The id of the thread's root, or null for a root.</param>
/// <param name="Author">The bot's name, or the user id that typed it.</param>
/// <param name="Kind"><c>bot</c> or <c>user</c>.</param>
/// <param name="PostedAt">When it was posted (sandbox time).</param>
/// <param name="EditedAt">When Cutover last updated it, or null.</param>
/// <param name="Revision">1 when posted, one more for each update.</param>
/// <param name="RunId">The run the message is about, when its buttons, or those of an earlier reply in its thread, say so.</param>
/// <param name="Title">The headline (empty for typed commands).</param>
/// <param name="Status"><c>info</c>, <c>pending</c>, <c>success</c>, <c>warning</c> or <c>failure</c>.</param>
/// <param name="Text">The body, or what the user typed.</param>
/// <param name="Fields">Labelled values; a value may hold several lines.</param>
/// <param name="Actions">The buttons.</param>
/// <param name="Mentions">User ids the message calls on.</param>
/// <param name="Image">The message's picture (a health report's chart) as a <c>data:image/png</c> URL with its alt text; null when it has none.</param>
public sealed record ConsoleMessageView(
    string Id,
    string ChannelId,
    string? ThreadId,
    string Author,
    string Kind,
    DateTimeOffset PostedAt,
    DateTimeOffset? EditedAt,
    int Revision,
    long? RunId,
    string Title,
    string Status,
    string? Text,
    IReadOnlyList<ConsoleFieldView> Fields,
    IReadOnlyList<ConsoleActionView> Actions,
    IReadOnlyList<string> Mentions,
    ConsoleImageView? Image = null)
{
    public const string BotKind = "bot";
    public const string UserKind = "user";

    /// <summary>A post by Cutover.</summary>
    public static ConsoleMessageView FromBot(string id, string channelId, string? threadId, string author, ChatMessage message, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ConsoleMessageView(id, channelId, threadId, author, BotKind, at, null, 1,
            message.Actions.Select(a => (long?)a.Payload.RunId).FirstOrDefault(),
            message.Title,
            StatusName(message.Status),
            message.Text,
            [.. message.Fields.Select(f => new ConsoleFieldView(f.Label, f.Value))],
            [.. message.Actions.Select(Action)],
            [.. message.Mentions],
            message.Image is { } image ? new ConsoleImageView($"data:image/png;base64,{Convert.ToBase64String(image.Png.Span)}", image.AltText) : null);
    }

    /// <summary>What a user typed into the console.</summary>
    public static ConsoleMessageView FromUser(string id, string channelId, string? threadId, string userId, string text, DateTimeOffset at) =>
        new(id, channelId, threadId, userId, UserKind, at, null, 1, null, string.Empty, StatusName(MessageStatus.Info), text, [], [], []);

    /// <summary>This message with new content from Cutover (same id, thread and author; the next revision).</summary>
    public ConsoleMessageView Edited(ChatMessage message, DateTimeOffset at)
    {
        var fresh = FromBot(Id, ChannelId, ThreadId, Author, message, PostedAt);
        return fresh with { EditedAt = at, Revision = Revision + 1, RunId = fresh.RunId ?? RunId };
    }

    /// <summary>A chat message's status as the page's CSS names it.</summary>
    public static string StatusName(MessageStatus status) => status switch
    {
        MessageStatus.Info => "info",
        MessageStatus.Pending => "pending",
        MessageStatus.Success => "success",
        MessageStatus.Warning => "warning",
        MessageStatus.Failure => "failure",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static ConsoleActionView Action(MessageAction action) => new(
        action.ActionId,
        action.Label,
        action.Style switch
        {
            ActionStyle.Primary => "primary",
            ActionStyle.Danger => "danger",
            _ => "default",
        },
        action.Payload.ToJson(),
        action.Confirm is { } confirm ? new ConsoleConfirmView(confirm.Title, confirm.Text, confirm.Confirm, confirm.Deny) : null);
}
