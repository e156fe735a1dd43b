namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Data no API can move (a Kafka cluster) is a manual action: its own message in the thread with a Done button, and the
/// data cutover cannot be approved until a person involved in the run has clicked it.
/// </summary>
public sealed class SlackManualActionTests : SlackHost
{
    [Fact]
    public async Task DataCutover_WithKafka_WaitsForTheManualActionsDoneClickBeforeItCanBeApproved()
    {
        using var heroku = Heroku.CreateClient();
        var kafka = (string)(await heroku.PostJsonAsync("apps/demo-app/addons", new { plan = "heroku-kafka:basic-0" })).Body!["name"]!;
        Heroku.Clock.Advance(TimeSpan.FromMinutes(15)); // provisioned
        var (root, _) = await PlanDemoAppAsync();
        foreach (var (number, title) in new[] { (0, "Preflight and plan"), (1, "Maintenance page") })
            await ApproveStepAsync(root.Ts, number, title, Alice);
        await SkipAsync(root.Ts, 2, "dns-ttl", "Lower DNS TTL");
        foreach (var (number, title) in new[]
                 {
                     (3, "Create target app"), (4, "Copy config vars"), (5, "Deploy current slug"), (6, "Provision add-ons"), (7, "Scale formation"),
                     (8, "Maintenance on"),
                 })
        {
            await ApproveStepAsync(root.Ts, number, title, Alice);
        }

        var request = await WaitAdvancingAsync(root.Ts, "Run step 9: Data cutover?");
        var manual = await WaitAdvancingAsync(root.Ts, $"Step 9 manual action: Move Kafka {kafka} by hand");
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        var held = await WaitForEphemeralAsync(Alice, "waits for 1 manual action to be done and confirmed");
        await Slack.ClickAsync(Bot, Outsider, manual, ActionIds.ConfirmManualAction);
        await WaitForEphemeralAsync(Outsider, "Only the requester or an approver of run 1 can confirm its manual actions");
        await Slack.ClickAsync(Bot, Bob, manual, ActionIds.ConfirmManualAction);
        var done = await WaitAdvancingAsync(root.Ts, $"Step 9 manual action: Move Kafka {kafka} by hand — done");
        await Slack.ClickAsync(Bot, Alice, manual, ActionIds.ConfirmManualAction);
        await WaitForEphemeralAsync(Alice, "nothing more to do");
        await ApproveStepAsync(root.Ts, 9, "Data cutover", Alice, Bob);
        var outcome = await WaitForMessageAsync(root.Ts, "✓ Step 9: Data cutover succeeded");

        Assert.Contains("kafka:topics:create", manual.AllText, StringComparison.Ordinal);
        Assert.Contains(ActionIds.ConfirmManualAction, manual.ActionIds);
        Assert.Contains($"Move Kafka {kafka} by hand", held.AllText, StringComparison.Ordinal);
        Assert.Equal(manual.Ts, done.Ts);
        Assert.Empty(done.ActionIds);
        Assert.Contains($"<@{Bob}>", done.AllText, StringComparison.Ordinal);
        Assert.Contains($"Move Kafka {kafka} by hand: done, confirmed by <@{Bob}>", outcome.AllText, StringComparison.Ordinal);
        // Slack sends the clicker's name with the click; Cutover remembers it for what it shows in plain text.
        var names = await App.Services.GetRequiredService<IPeopleDirectory>().NamesAsync(["slack:" + Bob, "slack:" + Alice], CancellationToken.None);
        Assert.Equal(("bob", "alice"), (names["slack:" + Bob], names["slack:" + Alice]));
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Single(audit, e => e.Action == "step.manual-action-confirmed");
        Assert.Contains(audit, e => e is { Action: "step.manual-action-confirmed", StepId: "data-cutover", Actor: "slack:" + Bob });
        Assert.Contains(audit, e => e is { Action: DecideStep.ApprovalRefused, StepId: "data-cutover", Actor: "slack:" + Alice });
    }
}
