namespace Cutover.Chat.Slack.BlockKit;

/// <summary>What a message is made of on Slack: the blocks, and the top-level text used for notifications and as fallback.</summary>
public sealed record SlackMessageContent(string Text, IReadOnlyList<Block> Blocks);
