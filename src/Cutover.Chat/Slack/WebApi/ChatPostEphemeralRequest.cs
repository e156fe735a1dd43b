namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.postEphemeral</c> arguments: a message only <see cref="User"/> sees (they must be in the channel).</summary>
public sealed record ChatPostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block>? Blocks, string? ThreadTs = null);
