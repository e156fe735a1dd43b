namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A content block and how many lines of the message start in it (for the truncation note).</summary>
internal sealed record RenderedChunk(Block Block, int Lines);
