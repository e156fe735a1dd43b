namespace Cutover.Tests.Approvals;

public class ApproverDirectoryTests
{
    private const string EntraUser = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";
    private const string EntraGroup = "0b7c2f1e-8d9a-4c3b-a2e1-f0e9d8c7b6a5";

    private static readonly ApprovalPolicy Policy = new()
    {
        Users = ApproverList.Users($"slack:U-direct teams:{EntraUser}").Value!,
        Groups = ApproverList.Groups($"slack-group:S-sre slack-group:S-dba teams-group:{EntraGroup}").Value!,
    };

    private readonly InMemoryGroupMembership _slack = new(ChatChannel.Slack, new Dictionary<string, string[]>
    {
        ["S-sre"] = ["U-sre"],
        ["S-dba"] = ["U-dba"],
        ["S-unlisted"] = ["U-elsewhere"],
    });

    private readonly InMemoryGroupMembership _teams = new(ChatChannel.Teams, new Dictionary<string, string[]>
    {
        [EntraGroup] = ["aad-member"],
        // A Teams group that happens to share a Slack group's id, holding a Slack user's id: it must not count for Slack.
        ["S-sre"] = ["U-teams-only"],
    });

    [Theory]
    [InlineData("listed directly", ChatChannel.Slack, "U-direct", true)]
    [InlineData("member of the first group", ChatChannel.Slack, "U-sre", true)]
    [InlineData("member of the second group", ChatChannel.Slack, "U-dba", true)]
    [InlineData("member of a group the policy does not list", ChatChannel.Slack, "U-elsewhere", false)]
    [InlineData("nobody we know", ChatChannel.Slack, "U-stranger", false)]
    [InlineData("listed id in other case", ChatChannel.Slack, "u-direct", false)]
    [InlineData("Teams user listed directly", ChatChannel.Teams, EntraUser, true)]
    [InlineData("Teams member of the Entra group", ChatChannel.Teams, "aad-member", true)]
    [InlineData("Slack approver's id, sent from Teams", ChatChannel.Teams, "U-direct", false)]
    [InlineData("Slack group member's id, sent from Teams", ChatChannel.Teams, "U-sre", false)]
    [InlineData("Teams approver's id, sent from Slack", ChatChannel.Slack, EntraUser, false)]
    [InlineData("Entra group member's id, sent from Slack", ChatChannel.Slack, "aad-member", false)]
    [InlineData("member of a Teams group named like a Slack group, sent from Slack", ChatChannel.Slack, "U-teams-only", false)]
    [InlineData("Slack approver's id on the console", ChatChannel.Console, "U-direct", false)]
    public async Task ResolveAsync_User_ResolvesApproverStatusOnTheirOwnPlatformOnly(string row, ChatChannel platform, string id, bool expected)
    {
        var directory = new ApproverDirectory(Policy, [_slack, _teams]);
        var user = new ChatUser(platform, id);

        var actor = await directory.ResolveAsync(user, CancellationToken.None);

        Assert.True(actor == new Actor(user.Qualified, expected), $"{row}: got {actor.UserId} IsApprover={actor.IsApprover}");
    }

    [Fact]
    public async Task ResolveAsync_SlackUser_AsksOnlySlackAboutSlackGroups()
    {
        var directory = new ApproverDirectory(Policy, [_slack, _teams]);

        await directory.ResolveAsync(new ChatUser(ChatChannel.Slack, "U-stranger"), CancellationToken.None);

        Assert.Equal([("S-dba", "U-stranger"), ("S-sre", "U-stranger")], _slack.Lookups.Order());
        Assert.Empty(_teams.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_UserListedDirectly_DoesNotAskForGroups()
    {
        var directory = new ApproverDirectory(Policy, [_slack, _teams]);

        var actor = await directory.ResolveAsync(new ChatUser(ChatChannel.Slack, "U-direct"), CancellationToken.None);

        Assert.Equal(new Actor("slack:U-direct", true), actor);
        Assert.Empty(_slack.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_PolicyWithoutGroups_NeverAsksForGroups()
    {
        var directory = new ApproverDirectory(new ApprovalPolicy(), [_slack]);

        var actor = await directory.ResolveAsync(new ChatUser(ChatChannel.Slack, "U-sre"), CancellationToken.None);

        Assert.False(actor.IsApprover);
        Assert.Empty(_slack.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_NoMembershipSources_OnlyDirectUsersAreApprovers()
    {
        var directory = new ApproverDirectory(Policy, []);

        Assert.True((await directory.ResolveAsync(new ChatUser(ChatChannel.Slack, "U-direct"), CancellationToken.None)).IsApprover);
        Assert.False((await directory.ResolveAsync(new ChatUser(ChatChannel.Slack, "U-sre"), CancellationToken.None)).IsApprover);
    }

    [Fact]
    public void Policy_ExposedByDirectory_IsTheConfiguredOne() =>
        Assert.Same(Policy, new ApproverDirectory(Policy, [_slack]).Policy);
}
