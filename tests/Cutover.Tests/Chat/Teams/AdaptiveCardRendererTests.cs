namespace Cutover.Tests.Chat.Teams;

public class AdaptiveCardRendererTests
{
    private static readonly Run PlannedRun =
        DemoWorld.PlannedRun(new ConversationReference(ChatChannel.Teams, "19:b7f3c9e2a1d84f6c8e0a5d2c4b6f8a1e@thread.tacv2"));

    private readonly RunHarness _h = new();

    [Fact]
    public void Render_DemoPlan_MatchesGoldenFile() =>
        Golden("demo-app-plan.json", PlanMessages.Plan(new DemoWorld().Plan(), PlannedRun));

    [Fact]
    public void Render_OrdinaryApprovalRequest_MatchesGoldenFile() =>
        Golden("approval-request.json", RunMessages.ApprovalRequest(_h.Run, _h.Request("preflight"), _h.Policy));

    [Fact]
    public void Render_DestructiveApprovalRequest_MatchesGoldenFile()
    {
        _h.AdvanceTo("data-cutover");

        Golden("approval-request-destructive.json", RunMessages.ApprovalRequest(_h.Run, _h.Request("data-cutover"), _h.Policy));
    }

    [Fact]
    public void Render_DecidedStep_MatchesGoldenFile()
    {
        _h.Request("preflight");
        var step = RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "freeze week: *not* now", _h.Policy, _h.Now));

        Golden("decided-rejected.json", RunMessages.Decided(_h.Run, step));
    }

    [Fact]
    public void Render_ReportWithAChart_ShowsItFromItsSignedAddressOrSaysWhyNot()
    {
        var chart = new ChatImage("demo-app-ps-health-1.png", "demo-app-ps, 1 report(s): latest 42 req/min", new byte[] { 0x89, 0x50 });
        var report = new ChatMessage("Health report 1/96 for demo-app-ps", MessageStatus.Success, [], []) { Image = chart };
        var signed = new Uri("https://cutover.example.com/charts/7/1.png?expires=1900000000&sig=ab12");

        var shown = AdaptiveCardRenderer.Render(report with { Image = chart with { Link = signed } })["body"]!.AsArray()[^1]!;
        var unserved = AdaptiveCardRenderer.Render(report)["body"]!.AsArray()[^1]!;

        Assert.Equal(("Image", signed.AbsoluteUri, chart.AltText), (shown["type"]!.GetValue<string>(), shown["url"]!.GetValue<string>(), shown["altText"]!.GetValue<string>()));
        Assert.Equal("TextBlock", unserved["type"]!.GetValue<string>());
        Assert.StartsWith("Chart not shown: Cutover has no public address", unserved["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("latest 42 req/min", unserved["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnyMessage_IsAnAdaptiveCardForUniversalActions()
    {
        var card = AdaptiveCardRenderer.Render(RunMessages.ApprovalRequest(_h.Run, _h.Request("preflight"), _h.Policy));

        Assert.Equal("AdaptiveCard", card["type"]?.GetValue<string>());
        Assert.Equal("1.5", card["version"]?.GetValue<string>());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card["$schema"]?.GetValue<string>());
    }

    [Fact]
    public void Render_ApprovalRequest_ApproveIsExecuteWithVerbAndVersionedData()
    {
        var card = AdaptiveCardRenderer.Render(RunMessages.ApprovalRequest(_h.Run, _h.Request("preflight"), _h.Policy));

        var approve = card["actions"]![0]!;
        Assert.Equal("Action.Execute", approve["type"]?.GetValue<string>());
        Assert.Equal(ActionIds.ApproveStep, approve["verb"]?.GetValue<string>());
        Assert.Equal("none", approve["associatedInputs"]?.GetValue<string>());
        Assert.Equal(new StepActionPayload(_h.Run.Id, "preflight", 1), JsonSerializer.Deserialize<StepActionPayload>(approve["data"]!.ToJsonString()));
    }

    [Fact]
    public void Render_ApprovalRequest_RejectOpensAReasonInputWithExecute()
    {
        var card = AdaptiveCardRenderer.Render(RunMessages.ApprovalRequest(_h.Run, _h.Request("preflight"), _h.Policy));

        var reject = card["actions"]![1]!;
        Assert.Equal("Action.ShowCard", reject["type"]?.GetValue<string>());
        var input = reject["card"]!["body"]![0]!;
        Assert.Equal(("Input.Text", TeamsInbound.ReasonInputId), (input["type"]?.GetValue<string>(), input["id"]?.GetValue<string>()));
        Assert.Equal(TeamsInbound.MaxReasonLength, input["maxLength"]?.GetValue<int>());
        var execute = reject["card"]!["actions"]![0]!;
        Assert.Equal((ActionIds.RejectStep, "auto"), (execute["verb"]?.GetValue<string>(), execute["associatedInputs"]?.GetValue<string>()));
    }

    [Theory]
    [InlineData(0, ActionIds.ApproveStep, null)]
    [InlineData(1, ActionIds.RejectStep, "not today")]
    public void Render_ClickOnRenderedButton_ClassifiesBackToTheSamePayload(int button, string verb, string? reason)
    {
        var step = _h.Request("preflight");
        var request = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);
        // A stored run has an id; the harness run is unsaved (id 0), which no payload may carry.
        var stored = request with { Actions = [.. request.Actions.Select(a => a with { Payload = a.Payload with { RunId = 42 } })] };
        var card = AdaptiveCardRenderer.Render(stored);
        var action = card["actions"]![button]!;
        var execute = action["type"]!.GetValue<string>() == "Action.ShowCard" ? action["card"]!["actions"]![0]! : action;
        var data = execute["data"]!.DeepClone().AsObject();
        if (reason is not null)
            data[TeamsInbound.ReasonInputId] = reason;
        var invoke = new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = "f:1",
            ["serviceUrl"] = "https://smba.trafficmanager.net/amer/t/",
            ["conversation"] = new JsonObject { ["id"] = "19:c@thread.tacv2;messageid=100" },
            ["replyToId"] = "101",
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = execute["verb"]!.GetValue<string>(), ["data"] = data },
                ["trigger"] = "manual",
            },
        };

        var click = Assert.IsType<TeamsCardAction>(TeamsInbound.Classify(TeamsActivityParser.Parse(invoke.ToJsonString()).Activity!));

        Assert.Equal(verb, click.ActionId);
        Assert.Equal(new StepActionPayload(42, step.StepId, step.Version), click.Payload);
        Assert.Equal(reason, click.Reason);
    }

    [Fact]
    public void Render_DestructiveApprove_StatesTheConfirmationBeforeTheRealButton()
    {
        _h.AdvanceTo("decommission");
        var card = AdaptiveCardRenderer.Render(RunMessages.ApprovalRequest(_h.Run, _h.Request("decommission"), _h.Policy));

        var approve = card["actions"]![0]!;
        Assert.Equal(("Action.ShowCard", "Approve…"), (approve["type"]?.GetValue<string>(), approve["title"]?.GetValue<string>()));
        Assert.Contains("2 distinct approvers", approve["card"]!["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(ActionIds.ApproveStep, approve["card"]!["actions"]![0]!["verb"]?.GetValue<string>());
    }

    [Fact]
    public void Render_Mentions_AreAtTagsWithMatchingEntities()
    {
        var message = ChatMessage.Plain("DNS TTL reminder", MessageStatus.Warning) with { Mentions = ["8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d", "29:bob"] };

        var card = AdaptiveCardRenderer.Render(message, new Dictionary<string, string> { ["teams:8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d"] = "Alice Ops" });

        Assert.Equal("<at>Alice Ops</at> <at>29:bob</at>", card["body"]![1]!["text"]?.GetValue<string>());
        var entities = card["msteams"]!["entities"]!.AsArray();
        Assert.Equal(["<at>Alice Ops</at>", "<at>29:bob</at>"], entities.Select(e => e!["text"]!.GetValue<string>()));
        Assert.Equal("8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d", entities[0]!["mentioned"]!["id"]?.GetValue<string>());
        Assert.Equal("Alice Ops", entities[0]!["mentioned"]!["name"]?.GetValue<string>());
    }

    [Fact]
    public void Render_PeopleNamedInTheMessage_AreShownByDisplayNameOrBareId()
    {
        var alice = "teams:8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d";
        var message = new ChatMessage($"Run 3 paused by {alice}", MessageStatus.Warning,
            [new("Approved so far", $"{alice} at 09:00 UTC\nteams:0b6f2c1e-2222-4a5b-8c7d-000000000002 at 09:05 UTC")], [],
            $"requested by {alice}");

        var card = AdaptiveCardRenderer.Render(message, new Dictionary<string, string> { [alice] = "Alice Ops" });

        var json = card.ToJsonString();
        Assert.Contains("Run 3 paused by Alice Ops", json, StringComparison.Ordinal);
        Assert.Contains("requested by Alice Ops", json, StringComparison.Ordinal);
        Assert.Contains("Alice Ops at 09:00 UTC", json, StringComparison.Ordinal);
        Assert.Contains("0b6f2c1e-2222-4a5b-8c7d-000000000002 at 09:05 UTC", json, StringComparison.Ordinal);
        Assert.DoesNotContain("teams:", json, StringComparison.Ordinal);
        Assert.Equal("⚠️ Run 3 paused by Alice Ops", AdaptiveCardRenderer.Summary(message, new Dictionary<string, string> { [alice] = "Alice Ops" }));
    }

    [Fact]
    public void Render_MultiLineText_IsOneTextBlockPerLineWithAGapForAnEmptyLine()
    {
        var message = ChatMessage.Plain("Cutover commands", MessageStatus.Info, "plan <app> to <space>\nstatus [<app>]\n\nApprovers: slack:U1");

        var body = AdaptiveCardRenderer.Render(message)["body"]!.AsArray().Skip(1).Select(b => b!.AsObject()).ToList();

        Assert.Equal(["plan <\u200Bapp> to <\u200Bspace>", "status [<\u200Bapp>]", "Approvers: U1"], body.Select(b => (string?)b["text"]));
        Assert.Equal(["None", "None", "Medium"], body.Select(b => (string?)b["spacing"] ?? "None"));
        Assert.All(body, b => Assert.DoesNotContain('\n', (string)b["text"]!));
    }

    [Fact]
    public void Summary_IsTheIconAndTitleInPlainText()
    {
        var message = ChatMessage.Plain("Step 9: Data cutover *failed*", MessageStatus.Failure, "details");

        Assert.Equal("❌ Step 9: Data cutover *failed*", AdaptiveCardRenderer.Summary(message));
        Assert.Equal(AdaptiveCardRenderer.Summary(message), (string?)AdaptiveCardRenderer.Render(message)["fallbackText"]);
    }

    [Fact]
    public void Render_UserText_IsEscapedEverywhere()
    {
        var message = new ChatMessage("Plan for **evil** [app](https://evil.example)", MessageStatus.Failure,
            [new MessageField("_Reason_", "{{DATE(2017-02-14T06:08:39Z, SHORT)}}"), new MessageField("List", "- one\n1. two")], [],
            "<at>Everyone</at>");

        var texts = Strings(AdaptiveCardRenderer.Render(message)).ToList();

        // No backslash escapes (some Teams clients show them): markup is broken by zero-width spaces, asterisks by ∗.
        Assert.Contains("❌ Plan for ∗∗evil∗∗ [app]\u200B(https://evil.example)", texts);
        Assert.Contains("<\u200Bat>Everyone<\u200B/at>", texts);
        Assert.Contains("\u200B_Reason_\u200B", texts);
        Assert.DoesNotContain(texts, t => t.Contains("{{DATE", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("\u200B- one", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("1\u200B. two", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains('\\', StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    [Fact]
    public void Render_HugeMessage_FitsTeamsLimitAndSaysItWasShortened()
    {
        var fields = Enumerable.Range(1, 120)
            .Select(i => new MessageField($"Field {i}", string.Join("\n", Enumerable.Range(1, 60).Select(l => $"line {l} " + new string('x', 150)))))
            .ToList();
        var message = new ChatMessage("Health report", MessageStatus.Info, fields, []);

        var card = AdaptiveCardRenderer.Render(message);

        Assert.True(AdaptiveCardRenderer.Size(card) <= AdaptiveCardRenderer.MaxCardBytes, $"{AdaptiveCardRenderer.Size(card)} bytes");
        var json = card.ToJsonString(TeamsJson.Options);
        Assert.Contains("more lines (shortened to fit a Teams card)", json, StringComparison.Ordinal);
        Assert.Contains("more fields not shown", json, StringComparison.Ordinal);
        Assert.Contains("Field 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongFieldList_KeepsEveryFieldButShortensLines()
    {
        var message = new ChatMessage("Plan", MessageStatus.Info,
            [new MessageField("Config vars", string.Join("\n", Enumerable.Range(1, 400).Select(i => $"VAR_{i:000} " + new string('v', 60)))), new MessageField("Run", "7")], []);

        var card = AdaptiveCardRenderer.Render(message);

        Assert.True(AdaptiveCardRenderer.Size(card) <= AdaptiveCardRenderer.MaxCardBytes);
        var json = card.ToJsonString(TeamsJson.Options);
        Assert.Contains("VAR_001", json, StringComparison.Ordinal);
        Assert.DoesNotContain("VAR_400", json, StringComparison.Ordinal);
        Assert.Contains("more lines", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Run\"".Replace(" ", string.Empty, StringComparison.Ordinal), json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SmallMessage_IsNotShortened()
    {
        var card = AdaptiveCardRenderer.Render(PlanMessages.Plan(new DemoWorld().Plan(), PlannedRun));

        Assert.DoesNotContain("shortened", card.ToJsonString(TeamsJson.Options), StringComparison.Ordinal);
    }

    private static void Golden(string name, ChatMessage message) =>
        TeamsFiles.AssertGolden(name, AdaptiveCardRenderer.Render(message).ToJsonString(TeamsJson.Indented) + "\n");
}
