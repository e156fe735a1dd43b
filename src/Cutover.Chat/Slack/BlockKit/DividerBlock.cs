namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A horizontal rule.</summary>
public sealed record DividerBlock : Block;
