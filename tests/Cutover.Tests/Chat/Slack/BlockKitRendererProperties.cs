using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Xunit;

namespace Cutover.Tests.Chat.Slack;

/// <summary>Whatever the message, Slack accepts what the renderer produces, and no user text becomes markup.</summary>
public partial class BlockKitRendererProperties
{
    [Property(MaxTest = 200, Arbitrary = [typeof(ChatMessageArbitrary)])]
    public void Render_AnyMessage_StaysWithinSlacksLimits(ChatMessage message)
    {
        var content = BlockKitRenderer.Render(message);

        Assert.InRange(content.Blocks.Count, 1, BlockKitLimits.BlocksPerMessage);
        Assert.InRange(content.Text.Length, 1, BlockKitLimits.FallbackText);
        var header = Assert.IsType<HeaderBlock>(content.Blocks[0]).Text;
        Assert.Equal(TextObject.PlainType, header.Type);
        Assert.InRange(header.Text.Length, 1, BlockKitLimits.HeaderText);
        foreach (var block in content.Blocks.Skip(1))
            CheckBlock(block);
        Assert.Equal(message.Actions.Count, content.Blocks.OfType<ActionsBlock>().Sum(a => a.Elements.Count));
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ChatMessageArbitrary)])]
    public void Render_AnyMessage_EscapesAllUserTextInMrkdwn(ChatMessage message)
    {
        var content = BlockKitRenderer.Render(message);

        foreach (var text in BlockKitTexts.Mrkdwn(content).Append(content.Text))
        {
            var withoutOurMentions = OurMention().Replace(text, string.Empty);
            Assert.DoesNotContain('<', withoutOurMentions);
            Assert.DoesNotContain('>', withoutOurMentions);
            Assert.Matches(OnlyEntities(), withoutOurMentions);
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ChatMessageArbitrary)])]
    public void Render_AnyMessageNotCut_ShowsEveryShortFieldLabel(ChatMessage message)
    {
        var content = BlockKitRenderer.Render(message);
        var texts = string.Join("\n", BlockKitTexts.Mrkdwn(content));
        if (texts.Contains("(…truncated", StringComparison.Ordinal))
            return;

        foreach (var field in message.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Label) && f.Label.Length <= 80))
            Assert.Contains($"*{Mrkdwn.Escape(field.Label.ReplaceLineEndings(" "))}*", texts, StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_Samples_ReachTruncationLongTextAndManyButtons()
    {
        var samples = ChatMessageArbitrary.Message.Sample(300, new Rnd(20260302UL), 100).Select(m => (m, BlockKitRenderer.Render(m))).ToList();

        Assert.Contains(samples, s => s.Item2.Blocks.OfType<ContextBlock>().Any());
        Assert.Contains(samples, s => s.Item2.Blocks.OfType<ActionsBlock>().Count() > 1);
        Assert.Contains(samples, s => s.m.Fields.Any(f => f.Value.Length > BlockKitLimits.SectionText));
        Assert.Contains(samples, s => s.Item2.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements).Any(b => b.Confirm is not null));
    }

    private static void CheckBlock(Block block)
    {
        switch (block)
        {
            case SectionBlock section:
                Assert.True(section.Text is not null || section.Fields is { Count: > 0 });
                if (section.Text is { } text)
                    Assert.InRange(text.Text.Length, 1, BlockKitLimits.SectionText);
                Assert.InRange(section.Fields?.Count ?? 0, 0, BlockKitLimits.FieldsPerSection);
                Assert.All(section.Fields ?? [], f => Assert.InRange(f.Text.Length, 1, BlockKitLimits.FieldText));
                break;
            case ContextBlock context:
                Assert.InRange(context.Elements.Count, 1, BlockKitLimits.ElementsPerContext);
                break;
            case ActionsBlock actions:
                Assert.InRange(actions.Elements.Count, 1, BlockKitLimits.ElementsPerActions);
                Assert.Equal(actions.Elements.Count, actions.Elements.Select(b => b.ActionId).Distinct().Count());
                foreach (var button in actions.Elements)
                {
                    Assert.InRange(button.Text.Text.Length, 1, BlockKitLimits.ButtonText);
                    Assert.InRange(button.Value!.Length, 1, BlockKitLimits.ButtonValue);
                    Assert.Contains(button.Style, new[] { null, "primary", "danger" });
                    if (button.Confirm is { } confirm)
                    {
                        Assert.InRange(confirm.Title.Text.Length, 1, BlockKitLimits.ConfirmTitle);
                        Assert.InRange(confirm.Text.Text.Length, 1, BlockKitLimits.ConfirmText);
                        Assert.InRange(confirm.Confirm.Text.Length, 1, BlockKitLimits.ConfirmButton);
                        Assert.InRange(confirm.Deny.Text.Length, 1, BlockKitLimits.ConfirmButton);
                    }
                }

                break;
            default:
                Assert.Fail($"unexpected block {block.GetType().Name} after the header");
                break;
        }
    }

    /// <summary>The mentions the renderer itself writes for Slack user ids and user group ids.</summary>
    [GeneratedRegex("<@[UW][A-Z0-9]{2,20}>|<!subteam\\^S[A-Z0-9]{2,20}>")]
    private static partial Regex OurMention();

    /// <summary>Every ampersand starts one of the three entities.</summary>
    [GeneratedRegex("^(?:[^&]|&amp;|&lt;|&gt;)*$", RegexOptions.Singleline)]
    private static partial Regex OnlyEntities();
}
