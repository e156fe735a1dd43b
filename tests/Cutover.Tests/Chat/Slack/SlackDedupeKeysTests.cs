namespace Cutover.Tests.Chat.Slack;

public class SlackDedupeKeysTests
{
    [Fact]
    public void Action_RedeliveryOfOneClick_SameKey()
    {
        var first = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.1", trigger: "t1");
        var again = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.1", trigger: "t1");

        Assert.Equal(first.DedupeKey, again.DedupeKey);
    }

    [Fact]
    public void Action_SameButtonClickedAgain_NewKey()
    {
        var first = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.1", trigger: "t1");
        var second = Click("U1", "1.000100", """{"run":1,"step":"deploy","v":2}""", actionTs: "5.9", trigger: "t2");
        var withoutActionTs = new SlackBlockActions("T1", "U1", "C1", "1.000100", null, false,
            [new SlackAction("runbook.approve-step", "b", """{"run":1,"step":"deploy","v":2}""", null)], "t3", null);

        Assert.NotEqual(first.DedupeKey, second.DedupeKey);
        Assert.NotEqual(first.DedupeKey, withoutActionTs.DedupeKey);
        Assert.EndsWith(":t3", withoutActionTs.DedupeKey, StringComparison.Ordinal);
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
        Assert.Equal("slack:action:1.2:U1:a::5.1", SlackDedupeKeys.Action("a", "1.2", "U1", null, "5.1"));
    }

    [Fact]
    public void Action_ValueBeyondTheLedgerColumn_IsHashedToAStableShortKey()
    {
        var value = new string('x', 2000);

        var key = SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U1", value, "5.1");

        Assert.True(key.Length <= SlackDedupeKeys.MaxLength);
        Assert.StartsWith("slack:action:sha256:", key, StringComparison.Ordinal);
        Assert.Equal(key, SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U1", value, "5.1"));
        Assert.NotEqual(key, SlackDedupeKeys.Action("runbook.approve-step", "1.2", "U2", value, "5.1"));
    }

    private static SlackBlockActions Click(string user, string messageTs, string value, string actionTs = "9.9", string trigger = "t") =>
        new("T1", user, "C1", messageTs, null, false, [new SlackAction("runbook.approve-step", "b", value, actionTs)], trigger, null);
}
