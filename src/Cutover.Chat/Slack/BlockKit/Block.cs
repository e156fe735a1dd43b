namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A layout block of a message or view (<see href="https://docs.slack.dev/reference/block-kit/blocks">Block Kit blocks</see>).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
[JsonDerivedType(typeof(InputBlock), "input")]
public abstract record Block
{
    /// <summary>Optional; at most 255 characters, unique within the message.</summary>
    public string? BlockId { get; init; }
}
