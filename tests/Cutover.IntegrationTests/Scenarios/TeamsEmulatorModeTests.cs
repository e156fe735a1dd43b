namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The explicit Bot Framework Emulator mode (<c>CUTOVER_TEAMS_EMULATOR=true</c>, no app id, no real credential): the host
/// answers unauthenticated activities sent straight from loopback, and refuses one a proxy forwarded.
/// </summary>
public sealed class TeamsEmulatorModeTests : IAsyncLifetime
{
    private const string Channel = "19:emulator@thread.tacv2";
    private const string User = "0b6f2c1e-3333-4a5b-8c7d-000000000003";

    private CutoverTestHost _host = null!;
    private int _activity;

    public async Task InitializeAsync() => _host = await CutoverTestHost.Create().WithTeamsEmulator().OnLoopback().StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9;proto=https")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    public async Task Activity_ForwardedByAProxy_IsRefusedWith401AndAnsweredNothing(string header, string value)
    {
        using var forwarding = new HttpClient { BaseAddress = _host.Address };
        forwarding.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        using var forwarded = await FakeBotFrameworkIssuer.SendActivityAsync(forwarding, Help("forwarded"), token: null);
        using var direct = new HttpClient { BaseAddress = _host.Address };
        using var straight = await FakeBotFrameworkIssuer.SendActivityAsync(direct, Help("straight"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, forwarded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, straight.StatusCode);
        // The direct one is answered; by then the forwarded one, sent first, would have been too.
        await _host.Connector.WaitForAsync(c => c.Conversation == Channel, timeout: TimeSpan.FromSeconds(30));
        Assert.Single(_host.Connector.ActivitiesIn(Channel));
    }

    private string Help(string id) =>
        TeamsActivities.Mention(_host.Connector, Channel, User, $"{id}{Interlocked.Increment(ref _activity)}", "<at>Cutover</at> help");
}
