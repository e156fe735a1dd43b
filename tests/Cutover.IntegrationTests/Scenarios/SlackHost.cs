namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The real host on loopback with Slack configured against the fake Slack, and Heroku against the simulator: tests talk
/// to Cutover only as Slack does (signed commands, clicks and modal submissions) and read what it posted.
/// </summary>
public abstract class SlackHost : IAsyncLifetime
{
    protected const string Channel = "C0MIGRATE";
    protected const string Requester = "U0REQUEST";
    protected const string Alice = "U0ALICE01";
    protected const string Bob = "U0BOB0001";
    protected const string Outsider = "U0MALLORY";

    protected CutoverTestHost App { get; private set; } = null!;

    protected SimulatorHost Heroku => App.Heroku;

    protected FakeSlack Slack => App.Slack;

    protected Uri Bot => App.Address;

    public virtual async Task InitializeAsync() =>
        App = await Configure(Approvers(CutoverTestHost.Create()
            .WithHeroku()
            .WithSlack(slack =>
            {
                slack.AddChannel(Channel, "migrations");
                foreach (var (user, name) in new[] { (Requester, "requester"), (Alice, "alice"), (Bob, "bob"), (Outsider, "mallory") })
                    slack.AddUser(user, name);
                PrepareSlack(slack);
            })))
            .OnLoopback()
            .StartAsync();

    /// <summary>Who may approve. The requester is an approver too, so the four-eyes rule (not the approver list) is what refuses their clicks.</summary>
    protected virtual CutoverTestHostBuilder Approvers(CutoverTestHostBuilder host) =>
        host.WithSetting("CUTOVER_APPROVERS", $"slack:{Requester} slack:{Alice} slack:{Bob}");

    /// <summary>More of the host a test needs (a clock, approval settings, …).</summary>
    protected virtual CutoverTestHostBuilder Configure(CutoverTestHostBuilder host) => host;

    /// <summary>More of the workspace a test needs (user groups, …).</summary>
    protected virtual void PrepareSlack(FakeSlack slack)
    {
    }

    public virtual async Task DisposeAsync() => await App.DisposeAsync();

    /// <summary>The requester plans demo-app → demo-space: the plan (the thread's root) and the preflight approval request, once posted.</summary>
    protected async Task<(FakeSlackMessage Root, FakeSlackMessage Request)> PlanDemoAppAsync()
    {
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var root = await RootAsync();
        return (root, await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?"));
    }

    /// <summary>The first root message of the channel (the plan), once it is there.</summary>
    protected Task<FakeSlackMessage> RootAsync() =>
        Slack.WaitForAsync(s => s.RootMessages(Channel) is { Count: > 0 } roots ? roots[0] : null, TimeSpan.FromSeconds(30));

    /// <summary>The newest version of the thread's message whose text contains <paramref name="title"/>, once it is there.</summary>
    protected Task<FakeSlackMessage> WaitForMessageAsync(string rootTs, string title, Func<FakeSlackMessage, bool>? also = null) =>
        Slack.WaitForAsync(s => s.Thread(Channel, rootTs).LastOrDefault(m => m.AllText.Contains(title, StringComparison.Ordinal) && (also?.Invoke(m) ?? true)),
            TimeSpan.FromSeconds(60));

    protected Task<FakeSlackEphemeral> WaitForEphemeralAsync(string user, string fragment) =>
        Slack.WaitForAsync(s => s.Ephemerals(user).LastOrDefault(e => e.AllText.Contains(fragment, StringComparison.Ordinal)
                                                                      || (e.Blocks?.GetRawText().Contains(fragment, StringComparison.Ordinal) ?? false)),
            TimeSpan.FromSeconds(30));

    /// <summary>
    /// <paramref name="approver"/> clicks Approve on the thread's open request titled <paramref name="title"/> (e.g.
    /// "Run step 0: Preflight and plan?"), then waits for <paramref name="outcome"/> in the thread; returns the request as clicked.
    /// </summary>
    protected async Task<FakeSlackMessage> ApproveAsync(string rootTs, string title, string outcome, string approver = Alice)
    {
        var request = await WaitForMessageAsync(rootTs, title, m => m.ActionIds.Count > 0);
        await Slack.ClickAsync(Bot, approver, request, ActionIds.ApproveStep);
        await WaitForMessageAsync(rootTs, outcome);
        return request;
    }

    /// <summary>
    /// Approves the request of step <paramref name="number"/> (<paramref name="title"/>) as <paramref name="approver"/>, and as
    /// <paramref name="second"/> too when the step needs two, then waits for "Step N: title <paramref name="expect"/>"; the
    /// simulator's clock moves meanwhile. Returns the request as first seen.
    /// </summary>
    protected async Task<FakeSlackMessage> ApproveStepAsync(string rootTs, int number, string title, string approver, string? second = null,
        string expect = "succeeded")
    {
        var request = await WaitAdvancingAsync(rootTs, $"Run step {number}: {title}?");
        await Slack.ClickAsync(Bot, approver, request, ActionIds.ApproveStep);
        if (second is not null)
        {
            await WaitAdvancingAsync(rootTs, $"Run step {number}: {title}?", m => m.Ts == request.Ts && m.AllText.Contains("Approved so far", StringComparison.Ordinal));
            await Slack.ClickAsync(Bot, second, Slack.Message(Channel, request.Ts)!, ActionIds.ApproveStep);
        }

        await WaitAdvancingAsync(rootTs, $"Step {number}: {title} {expect}");
        return request;
    }

    /// <summary>Alice asks to skip step <paramref name="number"/> (run 1) with a reason, and Bob approves the skip.</summary>
    protected async Task SkipAsync(string rootTs, int number, string stepId, string title)
    {
        await WaitAdvancingAsync(rootTs, $"Run step {number}: {title}?");
        await Slack.SendCommandAsync(Bot, Alice, Channel, $"skip 1 {stepId} the demo domains are not served by any DNS");
        var request = await WaitAdvancingAsync(rootTs, $"Skip step {number}: {title}?");
        await Slack.ClickAsync(Bot, Bob, request, ActionIds.ApproveStep);
        await WaitAdvancingAsync(rootTs, $"Step {number}: {title} skipped");
    }

    /// <summary>Waits for a thread message while moving the simulator's clock, so provisioning and boots complete.</summary>
    protected async Task<FakeSlackMessage> WaitAdvancingAsync(string rootTs, string title, Func<FakeSlackMessage, bool>? also = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var found = Slack.Thread(Channel, rootTs).LastOrDefault(m => m.AllText.Contains(title, StringComparison.Ordinal) && (also?.Invoke(m) ?? true));
            if (found is not null)
                return found;
            Assert.True(DateTime.UtcNow < deadline, $"no '{title}' in the thread:\n{Slack.Describe()}");
            Heroku.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
    }
}
