namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Cutover from a Teams channel through the real host on loopback: activities signed by the fake Bot Framework issuer,
/// replies and card updates recorded by the fake Bot Connector, Heroku by the simulator.
/// </summary>
public sealed class TeamsScenarioTests : TeamsHost
{
    [Fact]
    public async Task MentionPlan_ThenApproveByCard_PostsTheThreadAndUpdatesTheSharedCard()
    {
        var mention = await SendAsync(Message(Requester, "<at>Cutover</at> plan demo-app to demo-space"));
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);

        var request = (await Connector.WaitForAsync(c => c.CardTitle?.Contains("Run step 0: Preflight and plan?", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(30)))[0];
        var plan = Connector.ActivitiesIn(Channel).First(c => c.CardTitle?.Contains("Cutover plan: demo-app → demo-space", StringComparison.Ordinal) == true);
        Assert.Equal(ConnectorOperation.SendToConversation, plan.Operation);
        Assert.Equal(plan.ActivityId, request.ThreadRootId);
        // Notifications and the activity feed read the summary, not "sent a card".
        Assert.Equal("⚠️ Cutover plan: demo-app → demo-space", (string?)plan.Body["summary"]);
        Assert.Equal("⏳ Run step 0: Preflight and plan?", (string?)request.Body["summary"]);
        Assert.Equal((string?)request.Body["summary"], (string?)request.Card!["fallbackText"]);

        var selfApproval = await SendAsync(Click(Requester, request, ActionIds.ApproveStep));
        Assert.Contains("cannot approve its steps", await selfApproval.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var outsider = await SendAsync(Click(Outsider, request, ActionIds.ApproveStep));
        Assert.Contains("not an approver", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var approved = await SendAsync(Click(Alice, request, ActionIds.ApproveStep));
        var body = JsonNode.Parse(await approved.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]?.GetValue<string>());
        Assert.Contains("approved", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        var decided = (await Connector.WaitForAsync(c => c.Operation == ConnectorOperation.UpdateActivity && c.PathActivityId == request.ActivityId,
            timeout: TimeSpan.FromSeconds(30)))[0];
        var next = (await Connector.WaitForAsync(c => c.CardTitle?.Contains("Run step 1: Maintenance page?", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(60)))[0];

        // People by the names Teams sent with their activities, never by id.
        Assert.Contains("requested by Rita Requester", plan.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("approved by Alice Ops at", decided.Card!.ToJsonString(), StringComparison.Ordinal);
        // The approvers are mentioned by name: Alice from her click, Bob, who has not spoken yet, as the Connector names him.
        Assert.Equal([("<at>Alice Ops</at>", Alice, "Alice Ops"), ("<at>Bob Ops</at>", Bob, "Bob Ops")],
            next.Card!["msteams"]!["entities"]!.AsArray()
                .Select(e => ((string?)e!["text"], (string?)e["mentioned"]!["id"], (string?)e["mentioned"]!["name"]))
                .OrderBy(e => e.Item3, StringComparer.Ordinal));
        foreach (var card in Connector.ActivitiesIn(Channel).Select(c => c.Card?.ToJsonString() ?? string.Empty))
        {
            Assert.DoesNotContain("teams:", card, StringComparison.Ordinal);
            Assert.DoesNotContain($"by {Alice}", card, StringComparison.Ordinal);
            Assert.DoesNotContain($"by {Requester}", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_ThroughTeams_ShowsPlaceholdersWithoutBackslashEscapes()
    {
        await SendAsync(Message(Requester, "<at>Cutover</at> help"));

        var help = (await Connector.WaitForAsync(c => c.CardTitle?.Contains("one approved step at a time", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(30)))[0];
        var texts = help.Card!["body"]!.AsArray().Select(b => (string?)b?["text"] ?? string.Empty).ToList();
        // Some Teams clients show CommonMark backslash escapes literally: markup is broken with zero-width spaces instead.
        Assert.Contains(texts, t => t.Contains("plan <\u200Bapp> to <\u200Bspace>", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\\', StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnsignedActivity_IsRefusedWith401()
    {
        using var client = new HttpClient { BaseAddress = Bot };
        using var response = await FakeBotFrameworkIssuer.SendActivityAsync(client, Message(Requester, "<at>Cutover</at> help"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
