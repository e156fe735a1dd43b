namespace Cutover.Tests.Chat.Slack;

/// <summary>What a rendered Slack message shows as mrkdwn: the texts and fields of its sections and its context elements.</summary>
internal static class BlockKitTexts
{
    public static IEnumerable<string> Mrkdwn(SlackMessageContent content) =>
        content.Blocks.SelectMany(b => b switch
        {
            SectionBlock s => (s.Fields ?? []).Append(s.Text).OfType<TextObject>(),
            ContextBlock c => c.Elements,
            _ => [],
        }).Where(t => t.Type == TextObject.MrkdwnType).Select(t => t.Text);
}
