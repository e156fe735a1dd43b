namespace Cutover.Chat.Slack.BlockKit;

/// <summary>Small grey text (up to ten elements).</summary>
public sealed record ContextBlock(IReadOnlyList<TextObject> Elements) : Block;
