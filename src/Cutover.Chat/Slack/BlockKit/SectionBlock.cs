namespace Cutover.Chat.Slack.BlockKit;

/// <summary>Text (at most 3000 characters) and/or up to ten fields (at most 2000 characters each), shown two per row.</summary>
public sealed record SectionBlock(TextObject? Text, IReadOnlyList<TextObject>? Fields = null) : Block;
