namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.postMessage</c> arguments. <see cref="ThreadTs"/> is the thread root's ts (never a reply's).</summary>
public sealed record ChatPostMessageRequest(string Channel, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null)
{
    /// <summary>Off: links in run messages (Heroku dashboards, hostnames) should not unfurl into previews.</summary>
    public bool UnfurlLinks { get; init; }

    public bool UnfurlMedia { get; init; }
}
