using Cutover.Core.Approvals;

namespace Cutover.Tests.Approvals;

public class ApproverDirectoryTests
{
    private static readonly ApprovalPolicy Policy = new()
    {
        Users = new HashSet<string>(StringComparer.Ordinal) { "U-direct" },
        Groups = new HashSet<string>(StringComparer.Ordinal) { "S-sre", "S-dba" },
    };

    private readonly InMemoryGroupMembership _groups = new(new Dictionary<string, string[]>
    {
        ["S-sre"] = ["U-sre"],
        ["S-dba"] = ["U-dba"],
        ["S-unlisted"] = ["U-elsewhere"],
    });

    [Theory]
    [InlineData("listed directly", "U-direct", true)]
    [InlineData("member of the first group", "U-sre", true)]
    [InlineData("member of the second group", "U-dba", true)]
    [InlineData("member of a group the policy does not list", "U-elsewhere", false)]
    [InlineData("nobody we know", "U-stranger", false)]
    [InlineData("listed id in other case", "u-direct", false)]
    public async Task ResolveAsync_User_ResolvesApproverStatus(string row, string userId, bool expected)
    {
        var directory = new ApproverDirectory(Policy, [_groups]);

        var actor = await directory.ResolveAsync(userId, CancellationToken.None);

        Assert.True(actor == new Actor(userId, expected), $"{row}: got {actor.UserId} IsApprover={actor.IsApprover}");
    }

    [Fact]
    public async Task ResolveAsync_UserListedDirectly_DoesNotAskForGroups()
    {
        var directory = new ApproverDirectory(Policy, [_groups]);

        var actor = await directory.ResolveAsync("U-direct", CancellationToken.None);

        Assert.True(actor.IsApprover);
        Assert.Empty(_groups.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_PolicyWithoutGroups_NeverAsksForGroups()
    {
        var directory = new ApproverDirectory(new ApprovalPolicy(), [_groups]);

        var actor = await directory.ResolveAsync("U-sre", CancellationToken.None);

        Assert.False(actor.IsApprover);
        Assert.Empty(_groups.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_MemberAccordingToSecondSource_IsApprover()
    {
        var teams = new InMemoryGroupMembership(new Dictionary<string, string[]> { ["S-sre"] = ["aad-object-1"] });
        var directory = new ApproverDirectory(Policy, [_groups, teams]);

        var actor = await directory.ResolveAsync("aad-object-1", CancellationToken.None);

        Assert.True(actor.IsApprover);
        Assert.Contains(("S-sre", "aad-object-1"), teams.Lookups);
    }

    [Fact]
    public async Task ResolveAsync_NoMembershipSources_OnlyDirectUsersAreApprovers()
    {
        var directory = new ApproverDirectory(Policy, []);

        Assert.True((await directory.ResolveAsync("U-direct", CancellationToken.None)).IsApprover);
        Assert.False((await directory.ResolveAsync("U-sre", CancellationToken.None)).IsApprover);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task ResolveAsync_BlankUserId_Throws(string userId)
    {
        var directory = new ApproverDirectory(Policy, [_groups]);

        await Assert.ThrowsAsync<ArgumentException>(() => directory.ResolveAsync(userId, CancellationToken.None));
    }

    [Fact]
    public void Policy_ExposedByDirectory_IsTheConfiguredOne() =>
        Assert.Same(Policy, new ApproverDirectory(Policy, [_groups]).Policy);
}
