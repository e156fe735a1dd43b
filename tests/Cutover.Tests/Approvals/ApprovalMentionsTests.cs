namespace Cutover.Tests.Approvals;

/// <summary>Who an approval request or reminder mentions: the people who can act on it, on the thread's platform.</summary>
public class ApprovalMentionsTests
{
    private static readonly ApprovalPolicy Policy = new()
    {
        Users = ApproverList.Users("slack:U0REQ slack:U0ALICE teams:3f2e1d0c-9b8a-4765-8432-10fedcba9876").Value!,
        Groups = ApproverList.Groups("slack-group:S0ONCALL teams-group:7a1b2c3d-0000-4000-8000-000000000001").Value!,
    };

    [Fact]
    public void MentionsOn_Slack_AreTheListedApproversButTheRequesterThenTheUserGroups() =>
        Assert.Equal(["U0ALICE", "S0ONCALL"], Policy.MentionsOn(ChatChannel.Slack, "slack:U0REQ"));

    [Fact]
    public void MentionsOn_RequesterWhoMayApprove_IsMentionedToo() =>
        Assert.Equal(["U0ALICE", "U0REQ", "S0ONCALL"], (Policy with { RequesterMayApprove = true }).MentionsOn(ChatChannel.Slack, "slack:U0REQ"));

    [Fact]
    public void MentionsOn_Teams_AreTheListedUsersOnly() =>
        Assert.Equal(["3f2e1d0c-9b8a-4765-8432-10fedcba9876"], Policy.MentionsOn(ChatChannel.Teams, "slack:U0REQ"));
}
