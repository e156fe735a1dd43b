namespace Cutover.Tests.Messages;

public class MessagePeopleTests
{
    private const string Alice = "teams:8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d";

    private static readonly Dictionary<string, string> Names = new() { [Alice] = "Alice Ops", ["slack:U0BOB0001"] = "bob" };

    [Fact]
    public void In_FindsQualifiedIdsInTitleTextAndFields_NotLookalikes()
    {
        var message = new ChatMessage("Run 3 paused by slack:U0BOB0001", MessageStatus.Warning,
            [new("Approved so far", $"{Alice} at 09:00 UTC\nconsole:alice."), new("Links", "https://slack.com/x msteams:U1 slack: teams:")], [],
            "requested by (slack:U0REQUEST)");

        Assert.Equal(["console:alice", "slack:U0BOB0001", "slack:U0REQUEST", Alice], MessagePeople.In(message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Show_OnTeams_NamesEveryoneKnownAndBareIdsTheRest()
    {
        var message = new ChatMessage($"Paused by {Alice}", MessageStatus.Info, [new("Requested by", "slack:U0REQUEST")], [], "slack:U0BOB0001 approved");

        var shown = MessagePeople.Show(message, ChatChannel.Teams, Names);

        Assert.Equal(("Paused by Alice Ops", "bob approved", "U0REQUEST"), (shown.Title, shown.Text, shown.Fields[0].Value));
    }

    [Fact]
    public void Show_OnSlack_KeepsSlackUsersInTextForMentionsAndNamesThemInThePlainTitle()
    {
        var message = new ChatMessage("Paused by slack:U0BOB0001", MessageStatus.Info, [new("Requested by", Alice)], [], "slack:U0BOB0001 approved");

        var shown = MessagePeople.Show(message, ChatChannel.Slack, Names);

        Assert.Equal(("Paused by bob", "slack:U0BOB0001 approved", "Alice Ops"), (shown.Title, shown.Text, shown.Fields[0].Value));
    }

    [Fact]
    public async Task ShowAsync_OnTeams_LooksUpTheMentionedToo()
    {
        var people = new InMemoryPeopleDirectory();
        await people.RememberAsync(new ChatUser(ChatChannel.Teams, "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d"), "Alice Ops", default);
        var message = ChatMessage.Plain("DNS TTL reminder", MessageStatus.Warning) with { Mentions = ["8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d"] };

        var (_, names) = await people.ShowAsync(ChatChannel.Teams, message, default);

        Assert.Equal("Alice Ops", names[Alice]);
    }
}
