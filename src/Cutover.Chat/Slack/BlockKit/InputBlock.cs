namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A labelled input in a modal; its value comes back in <c>view.state.values[block_id][action_id]</c>.</summary>
public sealed record InputBlock(TextObject Label, PlainTextInputElement Element) : Block
{
    public TextObject? Hint { get; init; }

    public bool? Optional { get; init; }
}
