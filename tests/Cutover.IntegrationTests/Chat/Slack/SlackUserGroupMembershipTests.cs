using Cutover.Chat.Slack;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary><see cref="SlackUserGroupMembership"/> against the fake Slack's usergroups.users.list, cached on a fake clock.</summary>
public sealed class SlackUserGroupMembershipTests : IAsyncLifetime
{
    private const string Group = "S0APPROVERS";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private SlackClientHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await SlackClientHarness.StartAsync(clock: _clock, groupCacheExpiry: TimeSpan.FromMinutes(5));
        _h.Slack.SetUserGroup(Group, "U0ALICE", "U0BOB");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private SlackUserGroupMembership Membership => _h.Services.GetRequiredService<SlackUserGroupMembership>();

    [Fact]
    public async Task IsMember_MemberAndOutsider_AnswersFromTheGroup()
    {
        Assert.True(await Membership.IsMemberAsync(Group, "U0ALICE", CancellationToken.None));
        Assert.False(await Membership.IsMemberAsync(Group, "U0MALLORY", CancellationToken.None));
    }

    [Fact]
    public async Task IsMember_WithinExpiry_AsksSlackOnceAcrossResolves()
    {
        await Membership.IsMemberAsync(Group, "U0ALICE", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        await Membership.IsMemberAsync(Group, "U0BOB", CancellationToken.None);
        await Membership.IsMemberAsync(Group, "U0MALLORY", CancellationToken.None);

        Assert.Equal(1, _h.Slack.CallCount("usergroups.users.list"));
    }

    [Fact]
    public async Task IsMember_AfterExpiry_SeesTheGroupChange()
    {
        Assert.False(await Membership.IsMemberAsync(Group, "U0CAROL", CancellationToken.None));
        _h.Slack.SetUserGroup(Group, "U0ALICE", "U0CAROL");

        var beforeExpiry = await Membership.IsMemberAsync(Group, "U0CAROL", CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var afterExpiry = await Membership.IsMemberAsync(Group, "U0CAROL", CancellationToken.None);

        Assert.False(beforeExpiry);
        Assert.True(afterExpiry);
        Assert.Equal(2, _h.Slack.CallCount("usergroups.users.list"));
    }

    [Theory]
    [InlineData("3f1c7a52-1111-4c2e-9d7b-0123456789ab")]
    [InlineData("approvers")]
    [InlineData("S")]
    public async Task IsMember_NotASlackGroupId_FalseWithoutAsking(string groupId)
    {
        Assert.False(await Membership.IsMemberAsync(groupId, "U0ALICE", CancellationToken.None));
        Assert.Empty(_h.Slack.Calls());
    }

    [Fact]
    public async Task IsMember_UnknownGroup_ReportsSlacksError()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Membership.IsMemberAsync("S0TYPO", "U0ALICE", CancellationToken.None));

        Assert.Equal("no_such_subteam", error.Error);
    }
}
