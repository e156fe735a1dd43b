namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// An approval is bound to what its request showed of the source app: a change on Heroku between the request and the
/// start re-issues the step as a new version that says what changed, and only that version's approval runs it.
/// </summary>
public sealed class SlackApprovalDriftTests : SlackHost
{
    [Fact]
    public async Task Approval_OfARequestTheSourceChangedUnder_ReissuesTheStepSayingWhatChanged()
    {
        var (root, _) = await PlanDemoAppAsync();
        foreach (var (number, title) in new[] { (0, "Preflight and plan"), (1, "Maintenance page") })
            await ApproveStepAsync(root.Ts, number, title, Alice);
        await SkipAsync(root.Ts, 2, "dns-ttl", "Lower DNS TTL");
        await ApproveStepAsync(root.Ts, 3, "Create target app", Alice);
        var v1 = await WaitAdvancingAsync(root.Ts, "Run step 4: Copy config vars?");
        using var heroku = Heroku.CreateClient();
        var shown = await NewestReleaseAsync(heroku);

        // Someone sets a config var on the source after the request was posted: a new release nobody approved copying.
        await heroku.PatchJsonAsync("apps/demo-app/config-vars", new Dictionary<string, string> { ["FEATURE_LATE"] = "on" });
        await Slack.ClickAsync(Bot, Alice, v1, ActionIds.ApproveStep);
        var v2 = await WaitAdvancingAsync(root.Ts, "Run step 4: Copy config vars?", m => m.Ts != v1.Ts);
        var retired = await WaitAdvancingAsync(root.Ts, "v1 superseded");
        await Slack.ClickAsync(Bot, Alice, v2, ActionIds.ApproveStep);
        await WaitAdvancingAsync(root.Ts, "Step 4: Copy config vars succeeded");

        Assert.Contains($"release v{shown}", v1.AllText, StringComparison.Ordinal);
        Assert.Contains($"demo-app changed after v1 was approved: release: v{shown} → v{shown + 1}", v2.AllText, StringComparison.Ordinal);
        Assert.Contains($"release v{shown + 1}", v2.AllText, StringComparison.Ordinal);
        Assert.Equal(v1.Ts, retired.Ts);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        var step = run.FindStep("copy-config")!;
        Assert.Equal((StepState.Succeeded, 2), (step.State, step.Version));
        Assert.Equal([(1, Verdict.Approve), (2, Verdict.Approve)], step.Decisions.Select(d => (d.StepVersion, d.Verdict)));
        var copied = (await heroku.GetJsonAsync($"apps/{run.TargetApp}/config-vars")).Body!;
        Assert.Equal("on", (string?)copied["FEATURE_LATE"]);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.drift", StepId: "copy-config", StepVersion: 2 }
                                    && e.Detail!.Contains($"release: v{shown} → v{shown + 1}", StringComparison.Ordinal));
    }

    private static async Task<int> NewestReleaseAsync(HttpClient heroku) =>
        (int)(await heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=1, order=desc")).Body!.AsArray()[0]!["version"]!;
}
