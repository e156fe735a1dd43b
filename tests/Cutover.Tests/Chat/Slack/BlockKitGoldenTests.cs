namespace Cutover.Tests.Chat.Slack;

/// <summary>The Block Kit Cutover sends, checked against Golden/*.json (set CUTOVER_UPDATE_GOLDEN=1 to rewrite them).</summary>
public class BlockKitGoldenTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void Render_DemoPlan_MatchesGolden()
    {
        // The same run and demo world as tests/Cutover.Tests/Planning/Golden/demo-app-plan.txt.
        SlackTestFiles.AssertGolden("demo-app-plan.json", Json(PlanMessages.Plan(new DemoWorld().Plan(), DemoWorld.PlannedRun())));
    }

    [Fact]
    public void Render_ApprovalRequest_MatchesGolden()
    {
        var step = _h.Request("preflight");

        SlackTestFiles.AssertGolden("approval-request.json", Json(RunMessages.ApprovalRequest(_h.Run, step, _h.Policy)));
    }

    [Fact]
    public void Render_DestructiveApprovalRequest_MatchesGoldenWithConfirmDialog()
    {
        _h.AdvanceTo("data-cutover");
        var step = _h.Request("data-cutover");
        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy) with { Mentions = ["U0ALICE", "U0BOB"] };

        SlackTestFiles.AssertGolden("approval-request-destructive.json", Json(message));
    }

    [Fact]
    public void Render_DecidedRejection_MatchesGolden()
    {
        _h.Request("preflight");
        var step = RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "freeze week <until> Monday & after", _h.Policy, _h.Now));

        SlackTestFiles.AssertGolden("decided-rejected.json", Json(RunMessages.Decided(_h.Run, step)));
    }

    [Fact]
    public void Render_MessageBeyondTheLimits_MatchesGoldenAndIsCutWithANote()
    {
        var rows = Enumerable.Range(1, 120).Select(i => $"addon-{i.ToString("D3", CultureInfo.InvariantCulture)} · heroku-postgresql:standard-0 → private-0 · in space · follower");
        var message = new ChatMessage(
            "Cutover plan: huge-app → big-space",
            MessageStatus.Warning,
            [
                new("Run", "7 requested by U-req"),
                new("Add-ons", string.Join("\n", rows)),
                new("Config vars", "900 vars to copy: " + string.Join(", ", Enumerable.Range(1, 900).Select(i => $"VAR_{i}"))),
                .. Enumerable.Range(1, 25).Select(i => new MessageField($"Domain {i}", $"www{i}.huge-app.example.com")),
                .. Enumerable.Range(1, 45).Select(i => new MessageField($"Check {i}", $"router 2xx ok\ndynos up ({i} of 45)")),
            ],
            [new(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, new StepActionPayload(7, "preflight", 1))],
            Text: string.Join("\n", Enumerable.Range(1, 30).Select(i => $"Note {i}: <b>check</b> & confirm")));

        var json = Json(message);

        SlackTestFiles.AssertGolden("long-message.json", json);
        var content = BlockKitRenderer.Render(message);
        Assert.Equal(BlockKitLimits.BlocksPerMessage, content.Blocks.Count);
        Assert.IsType<ActionsBlock>(content.Blocks[^1]);
        Assert.Contains("(…truncated,", json, StringComparison.Ordinal);
    }

    private static string Json(ChatMessage message) => JsonSerializer.Serialize(BlockKitRenderer.Render(message), SlackJson.Indented);
}
