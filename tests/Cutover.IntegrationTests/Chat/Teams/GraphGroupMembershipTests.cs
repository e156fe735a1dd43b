using Cutover.Chat.Teams.Graph;

namespace Cutover.IntegrationTests.Chat.Teams;

/// <summary>Approver groups through the real wiring (MSAL Graph token, resilience) against loopback Graph and issuer fakes.</summary>
public sealed class GraphGroupMembershipTests : IAsyncLifetime
{
    private const string Approvers = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";
    private const string Sre = "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private const string Alice = "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d";
    private const string Bob = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e";
    private const string Mallory = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private FakeBotFrameworkIssuer _issuer = null!;
    private FakeGraph _graph = null!;
    private ServiceProvider _services = null!;

    private GraphGroupMembership Membership => _services.GetRequiredService<GraphGroupMembership>();

    public async Task InitializeAsync()
    {
        _issuer = await FakeBotFrameworkIssuer.StartAsync();
        _graph = await FakeGraph.StartAsync(_issuer, pageSize: 2);
        _graph.SetGroup(Approvers, ["0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", Alice], Sre);
        _graph.SetGroup(Sre, [Bob]);
        var settings = _issuer.Settings(FakeBotFrameworkIssuer.BotTenant);
        settings.GraphBaseUrl = _graph.BaseAddress;
        _services = Services(settings);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAdvancingAsync();
        await _graph.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Theory]
    [InlineData(Alice, true)]
    [InlineData(Bob, true)]
    [InlineData(Mallory, false)]
    [InlineData(Sre, false)]
    public async Task IsMember_DirectNestedOrNot_AnswersFromAllPages(string user, bool member)
    {
        Assert.Equal(member, await Membership.IsMemberAsync(Approvers, user, default));
        Assert.Equal(3, _graph.Requests);
    }

    [Fact]
    public async Task IsMember_AskedAgain_UsesTheCacheUntilItExpires()
    {
        Assert.True(await Membership.IsMemberAsync(Approvers, Alice, default));
        Assert.True(await Membership.IsMemberAsync(Approvers, Bob.ToUpperInvariant(), default));
        var cachedRequests = _graph.Requests;

        _graph.SetGroup(Approvers, [Bob]);
        _clock.Advance(TimeSpan.FromMinutes(6));

        Assert.False(await Membership.IsMemberAsync(Approvers, Alice, default));
        Assert.Equal(3, cachedRequests);
        Assert.Equal(4, _graph.Requests);
    }

    [Fact]
    public async Task IsMember_GraphToken_IsForGraphInTheBotsTenant()
    {
        await Membership.IsMemberAsync(Approvers, Alice, default);

        var request = Assert.Single(_issuer.TokenRequests);
        Assert.Equal((FakeBotFrameworkIssuer.BotTenant, "https://graph.microsoft.com/.default"), (request.Tenant, request.Scope));
    }

    [Theory]
    [InlineData("S0123ABCD", Alice)]
    [InlineData(Approvers, "U0123ABCD")]
    [InlineData("", "")]
    public async Task IsMember_IdsThatAreNotEntraObjectIds_AreNoWithoutAskingGraph(string group, string user)
    {
        Assert.False(await Membership.IsMemberAsync(group, user, default));
        Assert.Equal(0, _graph.Requests);
    }

    [Fact]
    public async Task IsMember_UnknownGroup_GrantsNothing()
    {
        Assert.False(await Membership.IsMemberAsync("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", Alice, default));
    }

    [Fact]
    public async Task IsMember_PermissionMissing_Throws()
    {
        _graph.DenyAccess = true;

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Membership.IsMemberAsync(Approvers, Alice, default));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public void Resolve_MultiTenantBotWithoutGraphTenant_SaysWhichSettingIsMissing()
    {
        using var services = Services(_issuer.Settings());

        var error = Assert.Throws<ArgumentException>(() => services.GetRequiredService<GraphGroupMembership>());

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    private ServiceProvider Services(TeamsOptions settings) =>
        new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock).AddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>().AddTeams(settings).BuildServiceProvider();
}
