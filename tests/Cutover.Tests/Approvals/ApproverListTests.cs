namespace Cutover.Tests.Approvals;

public class ApproverListTests
{
    [Fact]
    public void Users_QualifiedEntries_AreReadWithTheirPlatform()
    {
        var users = ApproverList.Users(" slack:U0123ABCD, teams:3f2e1d0c-9b8a-4765-8432-10fedcba9876;console:alice  SLACK:U9 ");

        Assert.False(users.IsRefused, users.Refusal?.Reason);
        Assert.Equal(
            ["console:alice", "slack:U0123ABCD", "slack:U9", "teams:3f2e1d0c-9b8a-4765-8432-10fedcba9876"],
            users.Value.Select(u => u.Qualified).Order(StringComparer.Ordinal));
        Assert.Contains(new ChatUser(ChatChannel.Teams, "3f2e1d0c-9b8a-4765-8432-10fedcba9876"), users.Value);
    }

    [Theory]
    [InlineData("slack:U1 U0123ABCD", "'U0123ABCD'", "e.g. slack:U0123ABCD.")]
    [InlineData("3f2e1d0c-9b8a-4765-8432-10fedcba9876", "'3f2e1d0c-9b8a-4765-8432-10fedcba9876'", "e.g. teams:3f2e1d0c-9b8a-4765-8432-10fedcba9876.")]
    [InlineData("discord:123", "'discord:123'", "teams:<Entra object id>")]
    [InlineData("slack:", "'slack:'", "slack:<Slack user id>")]
    [InlineData(":U1", "':U1'", "slack:<Slack user id>")]
    [InlineData("slack-group:S1", "'slack-group:S1'", "slack:<Slack user id>")]
    public void Users_EntryWithoutItsPlatform_IsRefusedWithOneLineSayingHowToWriteIt(string list, string names, string advice)
    {
        var users = ApproverList.Users(list);

        Assert.True(users.IsRefused);
        Assert.StartsWith($"CUTOVER_APPROVERS entry {names} does not say its platform", users.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(advice, users.Refusal.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', users.Refusal.Reason);
    }

    [Fact]
    public void Groups_QualifiedEntries_AreReadWithTheirPlatform()
    {
        var groups = ApproverList.Groups("slack-group:S0PLATFORM teams-group:0b7c2f1e-8d9a-4c3b-a2e1-f0e9d8c7b6a5");

        Assert.False(groups.IsRefused, groups.Refusal?.Reason);
        Assert.Equal([new ApproverGroup(ChatChannel.Slack, "S0PLATFORM"), new ApproverGroup(ChatChannel.Teams, "0b7c2f1e-8d9a-4c3b-a2e1-f0e9d8c7b6a5")],
            groups.Value.OrderBy(g => g.Platform));
    }

    [Theory]
    [InlineData("S0PLATFORM", "e.g. slack-group:S0PLATFORM.")]
    [InlineData("slack:S0PLATFORM", "teams-group:<Entra group id>")]
    [InlineData("console-group:ops", "slack-group:<Slack user group id>")]
    public void Groups_EntryWithoutItsPlatform_IsRefused(string list, string advice)
    {
        var groups = ApproverList.Groups(list);

        Assert.True(groups.IsRefused);
        Assert.StartsWith("CUTOVER_APPROVER_GROUPS entry", groups.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(advice, groups.Refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_Nothing_IsNoApprovers() => Assert.Empty(ApproverList.Users("  ").Value!);
}
