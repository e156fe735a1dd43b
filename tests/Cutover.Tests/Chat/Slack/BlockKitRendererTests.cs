namespace Cutover.Tests.Chat.Slack;

public class BlockKitRendererTests
{
    private static readonly StepActionPayload Payload = new(42, "deploy", 3);

    [Theory]
    [InlineData(MessageStatus.Info, ":information_source:")]
    [InlineData(MessageStatus.Pending, ":hourglass_flowing_sand:")]
    [InlineData(MessageStatus.Success, ":white_check_mark:")]
    [InlineData(MessageStatus.Warning, ":warning:")]
    [InlineData(MessageStatus.Failure, ":x:")]
    public void Render_EachStatus_PutsItsEmojiInHeaderAndFallback(MessageStatus status, string emoji)
    {
        var content = BlockKitRenderer.Render(ChatMessage.Plain("Step 5: Deploy", status));

        Assert.Equal($"{emoji} Step 5: Deploy", Assert.IsType<HeaderBlock>(content.Blocks[0]).Text.Text);
        Assert.Equal($"{emoji} Step 5: Deploy", content.Text);
    }

    [Theory]
    [InlineData("U0APPROVER", "<@U0APPROVER>")]
    [InlineData("S0ONCALL", "<!subteam^S0ONCALL>")]
    [InlineData("0b6f2c1e-3333-4a5b-8c7d-000000000003", "@0b6f2c1e-3333-4a5b-8c7d-000000000003")]
    [InlineData("<!channel>", "@&lt;!channel&gt;")]
    public void Mention_UserGroupOrOtherId_IsAMentionOnlyForSlackIds(string id, string rendered) =>
        Assert.Equal(rendered, BlockKitRenderer.Mention(id));

    [Fact]
    public void Render_PeopleInTheMessage_AreSlackMentionsInTextAndBareIdsInTheHeader()
    {
        var message = new ChatMessage("Run 3 paused by slack:U0BOB0001", MessageStatus.Warning,
            [new("Approved so far", "slack:U0ALICE01 at 09:00 UTC\nteams:0b6f2c1e-2222-4a5b-8c7d-000000000002 at 09:05 UTC")], [],
            "<!channel> requested by slack:U0REQUEST");

        var content = BlockKitRenderer.Render(message);

        Assert.Equal(":warning: Run 3 paused by U0BOB0001", Assert.IsType<HeaderBlock>(content.Blocks[0]).Text.Text);
        var sections = string.Join("\n", content.Blocks.OfType<SectionBlock>().SelectMany(b => (b.Fields ?? []).Append(b.Text!)).Where(t => t is not null).Select(t => t!.Text));
        Assert.Contains("&lt;!channel&gt; requested by <@U0REQUEST>", sections, StringComparison.Ordinal);
        Assert.Contains("<@U0ALICE01> at 09:00 UTC", sections, StringComparison.Ordinal);
        Assert.Contains("0b6f2c1e-2222-4a5b-8c7d-000000000002 at 09:05 UTC", sections, StringComparison.Ordinal);
        Assert.DoesNotContain("slack:", sections + content.Text, StringComparison.Ordinal);
        Assert.Contains("requested by <@U0REQUEST>", content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("✓ Step 3: Create target app succeeded", MessageStatus.Success)]
    [InlineData("✗ Step 15: Decommission source app failed", MessageStatus.Failure)]
    [InlineData("▶ Step 5: Deploy current slug is running", MessageStatus.Info)]
    [InlineData("↷ Step 2: Lower DNS TTL skipped", MessageStatus.Info)]
    public void Render_TitleWithItsOwnMarker_GetsNoSecondIcon(string title, MessageStatus status)
    {
        var content = BlockKitRenderer.Render(ChatMessage.Plain(title, status));

        Assert.Equal(title, Assert.IsType<HeaderBlock>(content.Blocks[0]).Text.Text);
        Assert.Equal(title, content.Text);
    }

    [Fact]
    public void Render_CodeBlockLongerThanASection_IsClosedAndReopenedAtEachCut()
    {
        var code = string.Join("\n", Enumerable.Range(1, 120).Select(i => $"heroku config:set KEY_{i}=value-{i} --app demo-app-ps"));
        var message = ChatMessage.Plain("Set these", MessageStatus.Info, $"Run:\n```\n{code}\n```\nthen retry.");

        var sections = BlockKitTexts.Mrkdwn(BlockKitRenderer.Render(message)).ToList();

        Assert.True(sections.Count > 1, $"{sections.Count} section(s)");
        Assert.All(sections, t => Assert.True(Count(t, "```") % 2 == 0, t));
        Assert.All(sections, t => Assert.True(t.Length <= BlockKitLimits.SectionText, $"{t.Length} characters"));
        var lines = string.Join("\n", sections).Split('\n').Where(l => l != "```").ToList();
        Assert.Equal(["Run:", .. code.Split('\n'), "then retry."], lines);
    }

    [Fact]
    public void Render_InlineCodeCutInsideALongLine_IsClosedAndReopened()
    {
        var line = new string('a', BlockKitLimits.SectionText - 10) + " `heroku webhooks:update 1234 -i api:release -l notify -a demo-app-ps` done";
        var message = ChatMessage.Plain("Webhooks", MessageStatus.Info, line);

        var sections = BlockKitTexts.Mrkdwn(BlockKitRenderer.Render(message)).ToList();

        Assert.Equal(2, sections.Count);
        Assert.All(sections, t => Assert.True(Count(t, "`") % 2 == 0, t));
        Assert.All(sections, t => Assert.True(t.Length <= BlockKitLimits.SectionText, $"{t.Length} characters"));
        Assert.Equal(line, sections[0][..^1] + sections[1][1..]);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, string.Empty, StringComparison.Ordinal).Length) / what.Length;

    [Fact]
    public void Render_UserTextWithControlCharacters_IsEscapedEverywhereInMrkdwn()
    {
        var message = new ChatMessage("<!channel> & co", MessageStatus.Info,
            [new("<@U0EVIL>", "a > b & <https://evil.example|click>"), new("Long", "x\n<!here>")], [], "hi <!everyone> & bye");

        var content = BlockKitRenderer.Render(message);

        Assert.Equal(":information_source: &lt;!channel&gt; &amp; co\nhi &lt;!everyone&gt; &amp; bye", content.Text);
        var texts = BlockKitTexts.Mrkdwn(content).ToList();
        Assert.Contains("hi &lt;!everyone&gt; &amp; bye", texts);
        Assert.Contains("*&lt;@U0EVIL&gt;*\na &gt; b &amp; &lt;https://evil.example|click&gt;", texts);
        Assert.Contains("*Long*\nx\n&lt;!here&gt;", texts);
        Assert.All(texts, t => Assert.DoesNotContain('<', t));
    }

    [Fact]
    public void Render_HeaderIsPlainText_NotEscapedButCutToLimit()
    {
        var content = BlockKitRenderer.Render(ChatMessage.Plain("a<b & " + new string('x', 300), MessageStatus.Info));

        var header = Assert.IsType<HeaderBlock>(content.Blocks[0]).Text;
        Assert.Equal(TextObject.PlainType, header.Type);
        Assert.StartsWith(":information_source: a<b & xxx", header.Text, StringComparison.Ordinal);
        Assert.Equal(BlockKitLimits.HeaderText, header.Text.Length);
        Assert.EndsWith("…", header.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Mentions_SlackIdsBecomeMentionsOthersStayText()
    {
        var message = ChatMessage.Plain("Approve step 5", MessageStatus.Pending) with { Mentions = ["U0ALICE", "W0BOB", "U-req", "<!channel>"] };

        var content = BlockKitRenderer.Render(message);

        var mentions = Assert.IsType<SectionBlock>(content.Blocks[1]).Text!.Text;
        Assert.Equal("<@U0ALICE> <@W0BOB> @U-req @&lt;!channel&gt;", mentions);
        Assert.EndsWith(mentions, content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShortFields_ShareGridSectionsOfTen()
    {
        var fields = Enumerable.Range(1, 23).Select(i => new MessageField($"F{i}", $"v{i}")).ToList();

        var content = BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Info, fields, []));

        var grids = content.Blocks.OfType<SectionBlock>().ToList();
        Assert.Equal([10, 10, 3], grids.Select(g => g.Fields!.Count));
        Assert.Equal("*F11*\nv11", grids[1].Fields![0].Text);
    }

    [Fact]
    public void Render_MultiLineField_GetsItsOwnSectionBetweenGrids()
    {
        var message = new ChatMessage("t", MessageStatus.Info, [new("A", "1"), new("Dynos", "web ×2\nworker ×1"), new("B", "2")], []);

        var blocks = BlockKitRenderer.Render(message).Blocks.Skip(1).Cast<SectionBlock>().ToList();

        Assert.Equal(["*A*\n1"], blocks[0].Fields!.Select(f => f.Text));
        Assert.Equal("*Dynos*\nweb ×2\nworker ×1", blocks[1].Text!.Text);
        Assert.Equal(["*B*\n2"], blocks[2].Fields!.Select(f => f.Text));
    }

    [Fact]
    public void Render_FieldLongerThanASection_IsSplitAtLineBoundaries()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"line {i:000} " + new string('=', 60)).ToList();

        var sections = BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Info, [new("Rows", string.Join("\n", lines))], []))
            .Blocks.OfType<SectionBlock>().ToList();

        Assert.True(sections.Count > 1);
        Assert.All(sections, s => Assert.InRange(s.Text!.Text.Length, 1, BlockKitLimits.SectionText));
        Assert.Equal("*Rows*\n" + string.Join("\n", lines), string.Join("\n", sections.Select(s => s.Text!.Text)));
    }

    [Fact]
    public void Render_OneHugeLineOfEntities_IsCutBetweenEntitiesNeverInside()
    {
        var sections = BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Info, [], [], new string('&', 2000)))
            .Blocks.OfType<SectionBlock>().ToList();

        Assert.Equal(4, sections.Count);
        Assert.All(sections, s => Assert.Matches("^(&amp;)+$", s.Text!.Text));
        Assert.Equal(2000, sections.Sum(s => s.Text!.Text.Length / 5));
    }

    [Fact]
    public void Render_TooMuchContent_KeepsHeaderAndButtonsAndSaysHowMuchWasCut()
    {
        var fields = Enumerable.Range(1, 80).Select(i => new MessageField($"Check {i}", "ok\nfine")).ToList();
        var message = new ChatMessage("t", MessageStatus.Info, fields, [Approve()]);

        var blocks = BlockKitRenderer.Render(message).Blocks;

        Assert.Equal(BlockKitLimits.BlocksPerMessage, blocks.Count);
        Assert.IsType<HeaderBlock>(blocks[0]);
        Assert.IsType<ActionsBlock>(blocks[^1]);
        var note = Assert.IsType<ContextBlock>(blocks[^2]).Elements.Single().Text; // 80 sections, 47 kept, 33 × 2 lines cut
        Assert.Equal("_(…truncated, 66 more lines)_", note);
    }

    [Fact]
    public void Render_Buttons_CarryPayloadStyleAndConfirm()
    {
        var confirm = new ConfirmPrompt("Decommission?", "Destroys demo-app.", "Approve", "Cancel");
        var message = new ChatMessage("t", MessageStatus.Pending, [],
            [Approve() with { Confirm = confirm }, new(ActionIds.RejectStep, "Reject", ActionStyle.Danger, Payload), new("x.other", "Later", ActionStyle.Default, Payload)]);

        var buttons = Assert.IsType<ActionsBlock>(BlockKitRenderer.Render(message).Blocks[^1]).Elements;

        Assert.Equal(["primary", "danger", null], buttons.Select(b => b.Style));
        Assert.All(buttons, b => Assert.Equal(Payload, StepActionPayload.TryParse(b.Value)));
        var dialog = buttons[0].Confirm!;
        Assert.Equal(("Decommission?", "Destroys demo-app.", "Approve", "Cancel", "danger"),
            (dialog.Title.Text, dialog.Text.Text, dialog.Confirm.Text, dialog.Deny.Text, dialog.Style));
        Assert.Null(buttons[1].Confirm);
    }

    [Fact]
    public void Render_SameActionIdTwice_UsesTwoActionBlocks()
    {
        var message = new ChatMessage("t", MessageStatus.Pending, [], [Approve(), Approve() with { Payload = new StepActionPayload(42, "scale", 1) }]);

        var rows = BlockKitRenderer.Render(message).Blocks.OfType<ActionsBlock>().ToList();

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Render_ThirtyButtons_SplitIntoRowsOfTwentyFive()
    {
        var actions = Enumerable.Range(1, 30).Select(i => new MessageAction($"a.{i}", $"B{i}", ActionStyle.Default, Payload)).ToList();

        var rows = BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Info, [], actions)).Blocks.OfType<ActionsBlock>().ToList();

        Assert.Equal([25, 5], rows.Select(r => r.Elements.Count));
    }

    [Fact]
    public void Render_LongLabels_AreCutToSlacksLimits()
    {
        var confirm = new ConfirmPrompt(new string('t', 150), new string('x', 400), new string('c', 40), new string('d', 40));
        var message = new ChatMessage("t", MessageStatus.Pending, [], [Approve() with { Label = new string('L', 100), Confirm = confirm }]);

        var button = BlockKitRenderer.Render(message).Blocks.OfType<ActionsBlock>().Single().Elements.Single();

        Assert.Equal(BlockKitLimits.ButtonText, button.Text.Text.Length);
        Assert.Equal(
            (BlockKitLimits.ConfirmTitle, BlockKitLimits.ConfirmText, BlockKitLimits.ConfirmButton, BlockKitLimits.ConfirmButton),
            (button.Confirm!.Title.Text.Length, button.Confirm.Text.Text.Length, button.Confirm.Confirm.Text.Length, button.Confirm.Deny.Text.Length));
    }

    [Fact]
    public void Render_ButtonValueOverTheLimit_IsRefusedNotCut()
    {
        var message = new ChatMessage("t", MessageStatus.Pending, [], [Approve() with { Payload = new StepActionPayload(1, new string('s', 2100), 1) }]);

        Assert.Throws<ArgumentException>(() => BlockKitRenderer.Render(message));
    }

    [Fact]
    public void Render_BlankButtonLabel_IsRefused() =>
        Assert.Throws<ArgumentException>(() => BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Pending, [], [Approve() with { Label = " " }])));

    [Fact]
    public void Render_EmptyFieldsAndText_AddNoEmptyBlocks()
    {
        var content = BlockKitRenderer.Render(new ChatMessage("t", MessageStatus.Info, [new("", ""), new("Only label", "")], [], Text: "\n\n"));

        Assert.Equal(2, content.Blocks.Count);
        Assert.Equal("*Only label*", Assert.IsType<SectionBlock>(content.Blocks[1]).Fields!.Single().Text);
    }

    [Fact]
    public void Render_LongText_FallbackStaysWithinItsLimit()
    {
        var content = BlockKitRenderer.Render(ChatMessage.Plain("t", MessageStatus.Info, string.Concat(Enumerable.Repeat("a<b ", 3000))));

        Assert.InRange(content.Text.Length, 1, BlockKitLimits.FallbackText);
        Assert.EndsWith("…", content.Text, StringComparison.Ordinal);
    }

    private static MessageAction Approve() => new(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, Payload);
}
