using Cutover.Chat.Slack.Payloads;

namespace Cutover.Tests.Chat.Slack;

public class SlackDedupeKeysTests
{
    [Fact]
    public void Action_SameClickTwice_SameKey()
    {
        var first = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.1", trigger: "t1");
        var second = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.9", trigger: "t2");

        Assert.Equal(first.DedupeKey, second.DedupeKey);
    }

    [Fact]
    public void Action_OtherUserOrVersionOrMessage_OtherKey()
    {
        var click = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""");

        Assert.NotEqual(click.DedupeKey, Click("U2", "1.000100", """{"run":1,"step":"deploy","v":2}""").DedupeKey);
        Assert.NotEqual(click.DedupeKey, Click("U1", "1.000100", """{"run":1,"step":"deploy","v":3}""").DedupeKey);
        Assert.NotEqual(click.DedupeKey, Click("U1", "1.000200", """{"run":1,"step":"deploy","v":2}""").DedupeKey);
    }

    [Fact]
    public void Keys_ByKind_ArePrefixedAndDistinct()
    {
        Assert.Equal("slack:command:t1", SlackDedupeKeys.Command("t1"));
        Assert.Equal("slack:view:V1", SlackDedupeKeys.View("V1"));
        Assert.Equal("slack:event:Ev1", SlackDedupeKeys.Event("Ev1"));
        Assert.Equal("slack:action:1.2:U1:a:", SlackDedupeKeys.Action("a", "1.2", "U1", null));
    }

    [Fact]
    public void Action_ValueBeyondTheLedgerColumn_IsHashedToAStableShortKey()
    {
        var value = new string('x', 2000);

        var key = SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U1", value);

        Assert.True(key.Length <= SlackDedupeKeys.MaxLength);
        Assert.StartsWith("slack:action:sha256:", key, StringComparison.Ordinal);
        Assert.Equal(key, SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U1", value));
        Assert.NotEqual(key, SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U2", value));
    }

    private static SlackBlockActions Click(string user, string messageTs, string value, string actionTs = "9.9", string trigger = "t") =>
        new("T1", user, "C1", messageTs, null, false, [new SlackAction("runbook.approve-step", "b", value, actionTs)], trigger, null);
}
