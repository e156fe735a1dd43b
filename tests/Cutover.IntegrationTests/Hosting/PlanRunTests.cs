namespace Cutover.IntegrationTests.Hosting;

/// <summary>
/// <c>plan</c> through the real host: the production Heroku client reads the simulator over loopback HTTP,
/// Core plans, and the run is stored — or the plan's blockers stop it.
/// </summary>
public sealed class PlanRunTests : IAsyncLifetime
{
    private static readonly ConversationReference Thread = new(ChatChannel.Slack, "C0123", "1700000000.000100");

    private CutoverTestHost App { get; set; } = null!;

    public async Task InitializeAsync() => App = await CutoverTestHost.Create().WithHeroku().StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task Plan_DemoAppIntoAllocatedSpace_OpensRunWithThePlan()
    {
        var result = await Plan("plan demo-app to demo-space");

        Assert.False(result.IsRefused, result.Refusal?.Reason);
        var planned = result.Value;
        Assert.False(planned.IsBlocked, string.Join(" ", planned.Plan.Blockers));
        Assert.Equal("demo-app-ps", planned.Plan.TargetApp);
        Assert.Contains(planned.Plan.Addons, a => a.Kind == AddonKind.Postgres && a.Strategy == DataStrategy.Follower);
        Assert.Equal(["203.0.113.21", "203.0.113.22"], planned.Plan.NatIps);
        var stored = await App.Services.GetRequiredService<IRunStore>().FindActiveAsync("demo-app", CancellationToken.None);
        Assert.Equal(planned.Run!.Id, stored?.Id);
        Assert.Equal(RunState.Planned, stored?.State);
    }

    [Fact]
    public async Task Plan_SecondPlanForTheSameApp_RefusedNamingTheFirstRun()
    {
        var first = await Plan("plan demo-app to demo-space");

        var second = await Plan("plan demo-app to demo-shield");

        Assert.True(second.IsRefused);
        Assert.Contains($"run {first.Value!.Run!.Id}", second.Refusal.Reason);
    }

    [Theory]
    [InlineData("plan demo-app to demo-fir", "generation")]
    [InlineData("plan demo-app to demo-space-eu", "allocat")]
    public async Task Plan_BlockedByTheSpace_NoRunAndTheBlockerSaysWhy(string command, string blockerMentions)
    {
        var result = await Plan(command);

        Assert.False(result.IsRefused, result.Refusal?.Reason);
        Assert.True(result.Value.IsBlocked);
        Assert.Contains(result.Value.Plan.Blockers, b => b.Contains(blockerMentions, StringComparison.OrdinalIgnoreCase));
        Assert.Null(await App.Services.GetRequiredService<IRunStore>().FindActiveAsync("demo-app", CancellationToken.None));
    }

    [Fact]
    public async Task Plan_UnknownApp_RefusedWithHerokusAnswer()
    {
        var result = await Plan("plan no-such-app to demo-space");

        Assert.True(result.IsRefused);
        Assert.Contains("no-such-app", result.Refusal.Reason);
    }

    private async Task<Core.Results.Result<PlannedRun>> Plan(string text)
    {
        var command = (PlanCommand)CommandParser.Parse(text, DateTimeOffset.UtcNow).Value!;
        return await App.Services.GetRequiredService<PlanRun>().RunAsync(command, "U-req", Thread, CancellationToken.None);
    }
}
