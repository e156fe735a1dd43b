namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The console's API through real HTTP on the host in sandbox mode, Heroku being the in-process simulator.</summary>
public sealed partial class ConsoleApiTests : SandboxConsoleTest
{
    [Fact]
    public async Task Root_SandboxMode_ServesTheConsolePageItsAssetsAndHealthz()
    {
        var page = await Console.Http.GetAsync(new Uri("/", UriKind.Relative));
        var script = await Console.Http.GetAsync(new Uri("/console.js", UriKind.Relative));
        var style = await Console.Http.GetAsync(new Uri("/console.css", UriKind.Relative));
        var health = await Console.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Cutover sandbox</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Page_EntryModuleAndEveryModuleItImports_ServedAsJavaScriptAndNothingElse()
    {
        var html = await Console.Http.GetStringAsync(new Uri("/", UriKind.Relative));
        var entry = Regex.Match(html, """<script type="module" src="(?<src>[^"]+)"></script>""");
        Assert.True(entry.Success, "The page loads no module script.");

        var modules = new Dictionary<Uri, HttpResponseMessage>();
        var pending = new Queue<Uri>([new Uri(Console.Http.BaseAddress!, entry.Groups["src"].Value)]);
        while (pending.TryDequeue(out var module))
        {
            if (modules.ContainsKey(module))
                continue;
            var response = modules[module] = await Console.Http.GetAsync(module);
            foreach (Match import in StaticImport().Matches(await response.Content.ReadAsStringAsync()))
                pending.Enqueue(new Uri(module, import.Groups["specifier"].Value));
        }

        var missing = await Console.Http.GetAsync(new Uri("/console/missing.js", UriKind.Relative));

        Assert.True(modules.Count > 1, $"The entry {entry.Groups["src"].Value} imports no module.");
        Assert.All(modules, m => Assert.True(
            m.Value.StatusCode == HttpStatusCode.OK && m.Value.Content.Headers.ContentType?.MediaType == "text/javascript",
            $"{m.Key.AbsolutePath}: {(int)m.Value.StatusCode} {m.Value.Content.Headers.ContentType}"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Users_Default_RequesterTwoApproversAndAnObserver()
    {
        var body = await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/users");

        var users = body!["users"]!.AsArray().Select(u => $"{u!["id"]}:{u["role"]}:{u["approver"]}").ToList();
        Assert.Equal(["dana:requester:true", "alice:approver:true", "bob:approver:true", "erin:observer:false"], users);
    }

    [Fact]
    public async Task Plan_ThenClicks_FourEyesAndApproverListRefuseAndAnApproverRunsTheStep()
    {
        var planned = await Console.CommandAsync("dana", "/cutover plan demo-app to demo-space");
        Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        Assert.Null(await SandboxClient.ReplyAsync(planned));

        var typed = await Console.WaitForAsync(m => m["kind"]?.GetValue<string>() == "user", "typed by dana");
        Assert.Equal("dana", typed["author"]!.GetValue<string>());
        Assert.Equal("/cutover plan demo-app to demo-space", SandboxClient.Text(typed));
        var plan = await Console.WaitForTitleAsync("Cutover plan: demo-app → demo-space");
        var request = await Console.WaitForTitleAsync("Run step 0: Preflight and plan?");
        Assert.Equal(plan["id"]!.GetValue<string>(), request["threadId"]!.GetValue<string>());
        Assert.Contains(plan["fields"]!.AsArray(), f => f!["label"]!.GetValue<string>() == "Add-ons"
                                                         && f["value"]!.GetValue<string>().Contains("postgresql-curved-24817", StringComparison.Ordinal));
        var payload = SandboxClient.Payload(request);

        var self = await SandboxClient.ReplyAsync(await Console.ClickAsync("dana", ActionIds.ApproveStep, payload));
        var outsider = await SandboxClient.ReplyAsync(await Console.ClickAsync("erin", ActionIds.ApproveStep, payload));
        var approved = await Console.ClickAsync("alice", ActionIds.ApproveStep, payload);

        Assert.Contains("cannot approve its steps", SandboxClient.Text(self!), StringComparison.Ordinal);
        Assert.Contains("not an approver", SandboxClient.Text(outsider!), StringComparison.Ordinal);
        Assert.Null(await SandboxClient.ReplyAsync(approved));
        await Console.WaitForTitleAsync("✓ Step 0: Preflight and plan succeeded");
        await Console.WaitForTitleAsync("Run step 1: Maintenance page?");
        var decided = (await Console.MessagesAsync()).Single(m => m!["id"]!.GetValue<string>() == request["id"]!.GetValue<string>())!;
        Assert.Equal("Step 0: Preflight and plan — approved", SandboxClient.Title(decided));
        Assert.Equal(2, decided["revision"]!.GetValue<int>());
        Assert.Empty(decided["actions"]!.AsArray());
    }

    [Fact]
    public async Task Reject_WithAndWithoutReason_NeedsOneThenRecordsIt()
    {
        await Console.CommandAsync("dana", "plan demo-app to demo-space");
        var payload = SandboxClient.Payload(await Console.WaitForTitleAsync("Run step 0"));

        var noReason = await SandboxClient.ReplyAsync(await Console.ClickAsync("bob", ActionIds.RejectStep, payload));
        var rejected = await Console.ClickAsync("bob", ActionIds.RejectStep, payload, "Not during the freeze.");

        Assert.Contains("needs a reason", SandboxClient.Text(noReason!), StringComparison.Ordinal);
        Assert.Null(await SandboxClient.ReplyAsync(rejected));
        var decided = await Console.WaitForTitleAsync("Step 0: Preflight and plan — rejected");
        Assert.Contains("rejected by bob", decided.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Not during the freeze.", decided.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrivateReply_ComesBackToTheUserOnly()
    {
        var reply = await SandboxClient.ReplyAsync(await Console.CommandAsync("erin", "/cutover help"));

        Assert.StartsWith("Cutover moves a Heroku app", SandboxClient.Title(reply!), StringComparison.Ordinal);
        var messages = await Console.MessagesAsync();
        Assert.DoesNotContain(messages, m => SandboxClient.Title(m!).StartsWith("Cutover moves", StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string, string> BadRequests => new()
    {
        // row, path, JSON body, what the error says
        { "no user", "command", """{"text":"help"}""", "Say who you are" },
        { "user with spaces", "command", """{"user":"dana smith","text":"help"}""", "Say who you are" },
        { "empty command", "command", """{"user":"dana","text":"  "}""", "Type a command" },
        { "too long", "command", $$"""{"user":"dana","text":"{{new string('x', 2001)}}"}""", "Type a command" },
        { "another slash command", "command", """{"user":"dana","text":"/deploy now"}""", "/cutover commands only" },
        { "unknown thread", "command", """{"user":"dana","text":"help","threadId":"m999"}""", "no thread m999" },
        { "unknown button", "click", """{"user":"alice","actionId":"runbook.delete-everything","payload":"{\"run\":1,\"step\":\"deploy\",\"v\":1}"}""", "Unknown action" },
        { "payload not a step", "click", """{"user":"alice","actionId":"runbook.approve-step","payload":"{\"run\":0}"}""", "no step payload" },
        { "reason too long", "click", $$"""{"user":"alice","actionId":"runbook.reject-step","payload":"{\"run\":1,\"step\":\"deploy\",\"v\":1}","reason":"{{new string('x', 501)}}"}""", "at most 500" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Post_BadInput_Answers400WithWhatToDo(string row, string path, string json, string says)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await Console.Http.PostAsync(new Uri($"api/sandbox/{path}", UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{row}: {response.StatusCode}");
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!.GetValue<string>();
        Assert.Contains(says, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_MalformedJsonOrNotJson_Answers4xx()
    {
        using var broken = new StringContent("{\"user\":", Encoding.UTF8, "application/json");
        using var text = new StringContent("user=dana&text=help", Encoding.UTF8, "application/x-www-form-urlencoded");

        var malformed = await Console.Http.PostAsync(new Uri("api/sandbox/command", UriKind.Relative), broken);
        var form = await Console.Http.PostAsync(new Uri("api/sandbox/command", UriKind.Relative), text);

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Empty(await Console.MessagesAsync());
    }

    [Fact]
    public async Task Events_Connected_SnapshotFirstThenEachNewMessage()
    {
        await Console.CommandAsync("dana", "list");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/sandbox/events", UriKind.Relative));
        using var response = await Console.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var snapshot = await NextEventAsync(reader, timeout.Token);
        await Console.CommandAsync("bob", "/cutover status demo-app");
        var live = await NextEventAsync(reader, timeout.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("snapshot", snapshot.Kind);
        Assert.Equal("list", SandboxClient.Text(JsonNode.Parse(snapshot.Data)!.AsArray().Single()!));
        Assert.Equal("message", live.Kind);
        Assert.Equal("/cutover status demo-app", SandboxClient.Text(JsonNode.Parse(live.Data)!));
        Assert.True(live.Id > snapshot.Id);
    }

    [Fact]
    public async Task Audit_AfterAStepThatChangesHeroku_ListsClicksTransitionsAndHerokuChanges()
    {
        var unknown = await Console.Http.GetAsync(new Uri("api/sandbox/audit/99", UriKind.Relative));
        await Console.CommandAsync("dana", "plan demo-app to demo-space");
        await Console.ClickAsync("alice", ActionIds.ApproveStep, SandboxClient.Payload(await Console.WaitForTitleAsync("Run step 0")));
        await Console.ClickAsync("bob", ActionIds.ApproveStep, SandboxClient.Payload(await Console.WaitForTitleAsync("Run step 1")));
        await Console.WaitForTitleAsync("✓ Step 1: Maintenance page succeeded");

        var audit = await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/audit/1");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var entries = audit!["entries"]!.AsArray().Select(e => e!).ToList();
        Assert.Contains(entries, e => e["actor"]!.GetValue<string>() == "console:bob" && e["action"]!.GetValue<string>() == "step.approval-recorded"
                                      && e["stepId"]!.GetValue<string>() == "maintenance-page");
        Assert.Contains(entries, e => e["action"]!.GetValue<string>() == "step.succeed" && e["stepId"]!.GetValue<string>() == "maintenance-page");
        Assert.Contains(entries, e => e["source"]!.GetValue<string>() == "heroku"
                                      && e["action"]!.GetValue<string>() == "PATCH /apps/demo-app/config-vars"
                                      && e["after"]!.GetValue<string>() == "200");
        var times = entries.Select(e => e["at"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Heroku_State_ShowsTheSeededAccountThroughTheSimulator()
    {
        var state = await Console.Http.GetFromJsonAsync<JsonObject>("api/sandbox/heroku");

        var app = state!["apps"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "demo-app")!;
        Assert.Null(app["space"]);
        Assert.Equal("2:Standard-2X", app["formation"]!["web"]!.GetValue<string>());
        Assert.Contains(app["domains"]!.AsArray(), d => d!.GetValue<string>().StartsWith("www.demo-app.example.com", StringComparison.Ordinal));
        Assert.Contains(state["spaces"]!.AsArray(), s => s!["name"]!.GetValue<string>() == "demo-space");
        Assert.DoesNotContain("sk_test_sandbox_only", state.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<(long Id, string Kind, string Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        long id = 0;
        string? kind = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && kind is not null)
                return (id, kind, data.ToString());
            if (line.StartsWith("id: ", StringComparison.Ordinal))
                id = long.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
                kind = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
                data.Append(line[6..]);
        }

        throw new EndOfStreamException("The event stream ended.");
    }

    /// <summary>A static <c>import … from '…'</c> or <c>import '…'</c> at the start of a line, and its specifier.</summary>
    [GeneratedRegex("""^\s*import\s+(?:[\w*{}\s,$]+?\s+from\s+)?['"](?<specifier>[^'"]+)['"]""", RegexOptions.Multiline)]
    private static partial Regex StaticImport();
}
