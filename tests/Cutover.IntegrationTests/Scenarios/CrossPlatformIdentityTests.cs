namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// One host serving Slack and Teams, with approvers on both, its Slack workspace and its Teams tenant configured. Every
/// request goes through the real endpoints (signed Slack requests, Bot Framework tokens). The impostors are users whose
/// id on one platform is, character for character, an approver's id on the other; and users of another workspace or
/// tenant who are listed approvers. None of them may act; each platform's own approvers may.
/// </summary>
public sealed class CrossPlatformIdentityTests : IAsyncLifetime
{
    private const string SlackChannel = "C0IDENTITY";
    private const string TeamsChannel = "19:identity@thread.tacv2";
    private const string SlackRequester = "U0REQUEST";
    private const string SlackAlice = "U0ALICE01";
    private const string TeamsRequester = "0b6f2c1e-1111-4a5b-8c7d-000000000001";
    private const string TeamsAlice = "0b6f2c1e-2222-4a5b-8c7d-000000000002";

    /// <summary>A Slack Connect user of another workspace, listed as a Slack approver.</summary>
    private const string SlackGuest = "U-guest";

    private const string OtherWorkspace = "T0ELSEWHERE";
    private const string OtherTenant = "9d1c2b3a-0000-4e5f-8a9b-c0d1e2f3a4b5";

    private CutoverTestHost _host = null!;
    private int _activity;

    private FakeBotFrameworkIssuer Issuer => _host.Issuer;

    private FakeBotConnector Connector => _host.Connector;

    private FakeSlack Slack => _host.Slack;

    private Uri Bot => _host.Address;

    public async Task InitializeAsync() =>
        _host = await CutoverTestHost.Create()
            .WithHeroku()
            .WithSlack(slack =>
            {
                slack.AddChannel(SlackChannel, "identity");
                foreach (var user in new[] { SlackRequester, SlackAlice, TeamsAlice })
                    slack.AddUser(user, user[2..]);
                slack.AddExternalUser(SlackGuest, "guest", OtherWorkspace);
            })
            .WithTeams()
            .WithSetting("CUTOVER_APPROVERS", $"slack:{SlackAlice} slack:{SlackGuest} teams:{TeamsAlice}")
            .WithSetting("SLACK_TEAM_ID", FakeSlack.TeamId)
            .WithSetting("TEAMS_TENANT_ID", FakeBotConnector.Tenant)
            .OnLoopback()
            .StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TeamsUserBearingASlackApproversId_IsNotAnApprover_WhileTheTeamsApproverIs()
    {
        var request = await PlanInTeamsAsync();

        // An authenticated Teams user whose object id is the string a Slack approver is known by.
        var impostor = await SendTeamsAsync(TeamsActivities.Click(Connector, TeamsChannel, SlackAlice, NextId(), request, ActionIds.ApproveStep));
        Assert.Contains("not an approver", await impostor.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var approved = await SendTeamsAsync(TeamsActivities.Click(Connector, TeamsChannel, TeamsAlice, NextId(), request, ActionIds.ApproveStep));
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var run = await WaitForRunAsync(ChatChannel.Teams, r => r.FindStep("preflight")!.State != StepState.AwaitingApproval);
        Assert.Equal([$"teams:{TeamsAlice}"], run.FindStep("preflight")!.Decisions.Select(d => d.UserId));
        Assert.Equal($"teams:{TeamsRequester}", run.RequestedBy);
        var audit = await AuditAsync(run.Id);
        Assert.Contains(audit, e => e is { Action: DecideStep.ApprovalRefused, Actor: $"teams:{SlackAlice}" }
                                    && e.Detail!.StartsWith("not an approver", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "step.approval-recorded", Actor: $"teams:{TeamsAlice}" });
    }

    [Fact]
    public async Task SlackUserBearingATeamsApproversId_IsNotAnApprover_WhileTheSlackApproverIs()
    {
        var request = await PlanInSlackAsync();

        await Slack.ClickAsync(Bot, TeamsAlice, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(TeamsAlice, "not an approver");
        await Slack.ClickAsync(Bot, SlackAlice, request, ActionIds.ApproveStep);

        await Slack.WaitForAsync(s => s.Message(SlackChannel, request.Ts) is { } m && m.AllText.Contains($"approved by <@{SlackAlice}>", StringComparison.Ordinal) ? m : null,
            TimeSpan.FromSeconds(30));
        var run = await WaitForRunAsync(ChatChannel.Slack, r => r.FindStep("preflight")!.State != StepState.AwaitingApproval);
        Assert.Equal([$"slack:{SlackAlice}"], run.FindStep("preflight")!.Decisions.Select(d => d.UserId));
        Assert.Contains(await AuditAsync(run.Id), e => e is { Action: DecideStep.ApprovalRefused, Actor: $"slack:{TeamsAlice}" });
    }

    [Fact]
    public async Task TeamsApprover_TypingADecisionAboutASlackRun_IsRefusedAndTheRefusalAudited()
    {
        await PlanInSlackAsync();
        var slackRun = await WaitForRunAsync(ChatChannel.Slack, _ => true);

        await SendTeamsAsync(Mention(TeamsAlice, $"<at>Cutover</at> approve {slackRun.Id} preflight"));

        await Connector.WaitForAsync(c => c.Body.ToJsonString().Contains($"Run {slackRun.Id} is run from Slack, not from here", StringComparison.Ordinal),
            timeout: TimeSpan.FromSeconds(30));
        Assert.Equal(StepState.AwaitingApproval, (await RunAsync(slackRun.Id)).FindStep("preflight")!.State);
        Assert.Contains(await AuditAsync(slackRun.Id), e => e is { Action: "run.command-refused", Actor: $"teams:{TeamsAlice}" });
    }

    [Fact]
    public async Task ListedApproverOfAnotherSlackWorkspace_CannotPlanOrApprove()
    {
        await Slack.SendCommandAsync(Bot, SlackGuest, SlackChannel, "plan demo-app to demo-space");
        await WaitForEphemeralAsync(SlackGuest, $"takes requests only from Slack workspace {FakeSlack.TeamId}; this one came from workspace {OtherWorkspace}");
        Assert.Empty(await Store.ListActiveAsync(CancellationToken.None));

        var request = await PlanInSlackAsync();
        await Slack.ClickAsync(Bot, SlackGuest, request, ActionIds.ApproveStep);

        await Slack.WaitForAsync(s => s.Ephemerals(SlackGuest).Count(e => e.Text.Contains("takes requests only from Slack workspace", StringComparison.Ordinal)) == 2,
            TimeSpan.FromSeconds(30));
        var run = await WaitForRunAsync(ChatChannel.Slack, _ => true);
        Assert.Equal(StepState.AwaitingApproval, run.FindStep("preflight")!.State);
        Assert.Empty(run.FindStep("preflight")!.Decisions);
        Assert.Contains(await AuditAsync(run.Id), e => e is { Action: "run.command-refused", Actor: $"slack:{SlackGuest}" }
                                                       && e.Detail!.Contains(OtherWorkspace, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListedApproverOfAnotherTeamsTenant_CannotPlanOrApprove()
    {
        await SendTeamsAsync(Mention(TeamsAlice, "<at>Cutover</at> plan demo-app to demo-space", OtherTenant));
        await Connector.WaitForAsync(c => c.Body.ToJsonString().Contains($"this one came from tenant {OtherTenant}", StringComparison.Ordinal),
            timeout: TimeSpan.FromSeconds(30));
        Assert.Empty(await Store.ListActiveAsync(CancellationToken.None));

        var request = await PlanInTeamsAsync();
        var foreign = await SendTeamsAsync(TeamsActivities.Click(Connector, TeamsChannel, TeamsAlice, NextId(), request, ActionIds.ApproveStep, OtherTenant));

        Assert.Contains($"only from Teams tenant {FakeBotConnector.Tenant}", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var run = await WaitForRunAsync(ChatChannel.Teams, _ => true);
        Assert.Empty(run.FindStep("preflight")!.Decisions);
        Assert.Contains(await AuditAsync(run.Id), e => e is { Action: "run.command-refused", Actor: $"teams:{TeamsAlice}" });
    }

    private IRunStore Store => _host.Services.GetRequiredService<IRunStore>();

    private async Task<FakeSlackMessage> PlanInSlackAsync()
    {
        await Slack.SendCommandAsync(Bot, SlackRequester, SlackChannel, "plan demo-app to demo-space");
        var root = await Slack.WaitForAsync(s => s.RootMessages(SlackChannel) is { Count: > 0 } roots ? roots[0] : null, TimeSpan.FromSeconds(30));
        return await Slack.WaitForAsync(s => s.Thread(SlackChannel, root.Ts).LastOrDefault(m => m.AllText.Contains("Run step 0: Preflight and plan?", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30));
    }

    private async Task<ConnectorCall> PlanInTeamsAsync()
    {
        await SendTeamsAsync(Mention(TeamsRequester, "<at>Cutover</at> plan demo-app to demo-space"));
        return (await Connector.WaitForAsync(c => c.CardTitle?.Contains("Run step 0: Preflight and plan?", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(30)))[0];
    }

    private Task<FakeSlackEphemeral> WaitForEphemeralAsync(string user, string fragment) =>
        Slack.WaitForAsync(s => s.Ephemerals(user).LastOrDefault(e => e.Text.Contains(fragment, StringComparison.Ordinal)), TimeSpan.FromSeconds(30));

    private string Mention(string user, string text, string tenant = FakeBotConnector.Tenant) =>
        TeamsActivities.Mention(Connector, TeamsChannel, user, NextId(), text, tenant);

    private string NextId() => $"a{Interlocked.Increment(ref _activity)}";

    private Task<HttpResponseMessage> SendTeamsAsync(string activity) => Issuer.SendActivityAsync(Bot, activity);

    private async Task<Run> RunAsync(long id) => (await Store.GetAsync(id, CancellationToken.None))!;

    private async Task<Run> WaitForRunAsync(ChatChannel platform, Func<Run, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var run = (await Store.ListActiveAsync(CancellationToken.None)).FirstOrDefault(r => r.Conversation.Channel == platform);
            if (run is not null && done(run))
                return run;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"no {platform} run as expected within 30 s");
            await Task.Delay(50);
        }
    }

    private Task<IReadOnlyList<AuditEvent>> AuditAsync(long runId) =>
        _host.Services.GetRequiredService<IAuditLog>().ReadAsync(runId, CancellationToken.None);
}
