namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A row of buttons (up to 25, action ids unique within the block).</summary>
public sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;
