namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The real host on loopback with Teams configured against the fake Bot Framework issuer and Bot Connector, and Heroku
/// against the simulator: tests talk to Cutover only as Teams does (signed activities: @mentions and card clicks) and
/// read what it posted through the Connector.
/// </summary>
public abstract class TeamsHost : IAsyncLifetime
{
    protected const string Channel = "19:migrations@thread.tacv2";
    protected static readonly string Requester = Users.TeamsRequester.Id;
    protected static readonly string Alice = Users.TeamsAlice.Id;
    protected static readonly string Bob = Users.TeamsBob.Id;
    protected static readonly string Outsider = Users.TeamsOutsider.Id;

    private int _activity;

    protected CutoverTestHost App { get; private set; } = null!;

    protected FakeBotFrameworkIssuer Issuer => App.Issuer;

    protected FakeBotConnector Connector => App.Connector;

    protected Uri Bot => App.Address;

    /// <summary>
    /// The requester is an approver too, so the four-eyes rule (not the approver list) is what refuses their clicks. Everyone
    /// is a member of the team, so the Connector can name them.
    /// </summary>
    public async Task InitializeAsync()
    {
        App = await CutoverTestHost.Create().WithHeroku().WithTeams().WithApprovers(Users.TeamsRequester, Users.TeamsAlice, Users.TeamsBob)
            .OnLoopback().StartAsync();
        foreach (var user in new[] { Requester, Alice, Bob, Outsider })
            Connector.AddMember(user, Users.TeamsName(user));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    protected Task<HttpResponseMessage> SendAsync(string activity) => Issuer.SendActivityAsync(Bot, activity);

    /// <summary>A channel message of <paramref name="user"/> (its text as typed, the bot's mention included).</summary>
    protected string Message(string user, string text) =>
        TeamsActivities.Mention(Connector, Channel, user, $"m{Interlocked.Increment(ref _activity)}", text);

    /// <summary><paramref name="user"/> presses <paramref name="verb"/> on <paramref name="card"/>, having filled in <paramref name="inputs"/>.</summary>
    protected string Click(string user, ConnectorCall card, string verb, IReadOnlyDictionary<string, string>? inputs = null) =>
        TeamsActivities.Click(Connector, Channel, user, $"i{Interlocked.Increment(ref _activity)}", card, verb, inputs: inputs);

    /// <summary><paramref name="user"/> writes <c>@Cutover <paramref name="command"/></c> in the channel; the host acknowledges it.</summary>
    protected async Task MentionAsync(string user, string command)
    {
        using var response = await SendAsync(Message(user, $"<at>Cutover</at> {command}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// <paramref name="user"/> presses <paramref name="verb"/> on <paramref name="card"/>; returns what the clicker is shown:
    /// a refusal's text, or every text of the card that replaces the clicked one for them.
    /// </summary>
    protected async Task<string> ClickAsync(string user, ConnectorCall card, string verb, IReadOnlyDictionary<string, string>? inputs = null)
    {
        using var response = await SendAsync(Click(user, card, verb, inputs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"];
        return value is JsonValue text ? text.GetValue<string>() : ConnectorCall.Texts(value);
    }

    /// <summary>The requester plans demo-app → demo-space: the plan card (the thread's root) and the preflight request, once posted.</summary>
    protected async Task<(ConnectorCall Plan, ConnectorCall Request)> PlanDemoAppAsync()
    {
        await MentionAsync(Requester, "plan demo-app to demo-space");
        var request = await WaitForCardAsync("Run step 0: Preflight and plan?");
        return (await WaitForCardAsync("Cutover plan: demo-app → demo-space"), request);
    }

    /// <summary>The newest card (posted or updated) whose title contains <paramref name="title"/>, once there is one.</summary>
    protected async Task<ConnectorCall> WaitForCardAsync(string title, Func<ConnectorCall, bool>? also = null) =>
        (await Connector.WaitForAsync(c => c.CardTitle?.Contains(title, StringComparison.Ordinal) == true && (also?.Invoke(c) ?? true),
            timeout: TimeSpan.FromSeconds(60)))[^1];

    /// <summary>
    /// <paramref name="approver"/> presses Approve on the request titled <paramref name="title"/> (e.g. "Run step 0: Preflight
    /// and plan?"), then waits for the <paramref name="outcome"/> card; returns the request as clicked.
    /// </summary>
    protected async Task<ConnectorCall> ApproveAsync(string title, string outcome, string approver)
    {
        var request = await WaitForCardAsync(title);
        await ClickAsync(approver, request, ActionIds.ApproveStep);
        await WaitForCardAsync(outcome);
        return request;
    }
}
