namespace Cutover.Chat.Slack.BlockKit;

/// <summary>Large bold plain text (at most <see cref="BlockKitLimits.HeaderText"/> characters).</summary>
public sealed record HeaderBlock(TextObject Text) : Block;
