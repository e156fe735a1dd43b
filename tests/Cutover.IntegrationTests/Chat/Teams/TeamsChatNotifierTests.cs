using Microsoft.Identity.Client;
using Refit;

namespace Cutover.IntegrationTests.Chat.Teams;

/// <summary>The notifier through the real DI wiring (MSAL, Refit, resilience) against the loopback issuer and Connector.</summary>
public sealed class TeamsChatNotifierTests : IAsyncLifetime
{
    private const string Channel = "19:b7f3c9e2a1d84f6c@thread.tacv2";
    private const string ThreadRoot = "1767765400123";

    private FakeBotFrameworkIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private ServiceProvider _services = null!;

    private TeamsChatNotifier Notifier => _services.GetRequiredService<TeamsChatNotifier>();

    public async Task InitializeAsync()
    {
        _issuer = await FakeBotFrameworkIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync(_issuer);
        _services = Services(_issuer.Settings());
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    [Fact]
    public async Task Post_NoThread_StartsAThreadAndReturnsItsRoot()
    {
        var root = await Notifier.PostAsync(Reference(threadId: null), Message("Cutover plan: demo-app → demo-space"), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(ConnectorOperation.SendToConversation, call.Operation);
        Assert.Equal(Channel, call.ConversationId);
        Assert.Equal(root, call.ActivityId);
        Assert.Equal(root, call.ThreadRootId);
        Assert.Equal("ℹ️ Cutover plan: demo-app → demo-space", call.CardTitle);
        Assert.Equal($"28:{FakeBotFrameworkIssuer.AppId}", call.Body["from"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task Post_MentioningAMemberAndAStranger_NamesTheMemberRemembersThemAndStillPosts()
    {
        const string alice = "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d";
        const string stranger = "0b6f2c1e-9999-4a5b-8c7d-000000000009";
        _connector.AddMember(alice, "Alice Ops");

        await Notifier.PostAsync(Reference(ThreadRoot), Message("DNS TTL reminder") with { Mentions = [alice, stranger] }, default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal([("<at>Alice Ops</at>", "Alice Ops"), ($"<at>{stranger}</at>", stranger)],
            call.Card!["msteams"]!["entities"]!.AsArray().Select(e => ((string?)e!["text"], (string?)e["mentioned"]!["name"])));
        var remembered = await _services.GetRequiredService<IPeopleDirectory>().NamesAsync([$"teams:{alice}", $"teams:{stranger}"], default);
        Assert.Equal(("Alice Ops", false), (remembered[$"teams:{alice}"], remembered.ContainsKey($"teams:{stranger}")));
    }

    [Fact]
    public async Task Post_WithThread_RepliesInsideTheThread()
    {
        var id = await Notifier.PostAsync(Reference(ThreadRoot), Message("Run step 0: Preflight?"), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(ConnectorOperation.ReplyToActivity, call.Operation);
        Assert.Equal($"{Channel};messageid={ThreadRoot}", call.ConversationId);
        Assert.Equal(ThreadRoot, call.PathActivityId);
        Assert.Equal(ThreadRoot, call.ThreadRootId);
        Assert.Equal(ThreadRoot, call.Body["replyToId"]?.GetValue<string>());
        Assert.Equal(id, call.ActivityId);
        Assert.Equal("application/vnd.microsoft.card.adaptive", call.Body["attachments"]?[0]?["contentType"]?.GetValue<string>());
    }

    [Fact]
    public async Task Post_PersonalChatWithThread_RepliesInTheChatItself()
    {
        var chat = new ConversationReference(ChatChannel.Teams, "a:1AbCdEf", ThreadRoot, _connector.ServiceUrl, FakeBotConnector.Tenant);

        await Notifier.PostAsync(chat, Message("Health report"), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("a:1AbCdEf", call.ConversationId);
        Assert.Null(call.ThreadRootId);
    }

    [Fact]
    public async Task Update_PostedCard_IsReplacedForEveryone()
    {
        var reference = Reference(ThreadRoot);
        var id = await Notifier.PostAsync(reference, Message("Run step 0: Preflight?"), default);

        await Notifier.UpdateAsync(reference, id, Message("Step 0: Preflight — approved", MessageStatus.Success), default);

        var update = Assert.Single(_connector.Calls, c => c.Operation == ConnectorOperation.UpdateActivity);
        Assert.Equal(id, update.PathActivityId);
        Assert.Equal(id, update.Body["id"]?.GetValue<string>());
        Assert.Equal($"{Channel};messageid={ThreadRoot}", update.ConversationId);
        Assert.Equal("✅ Step 0: Preflight — approved", update.CardTitle);
        Assert.Equal("✅ Step 0: Preflight — approved",
            _connector.Message(id)?["attachments"]?[0]?["content"]?["body"]?[0]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task Update_MessageTheConnectorNeverSaw_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ApiException>(() =>
            Notifier.UpdateAsync(Reference(ThreadRoot), "1700000000000", Message("x"), default));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Null(error.RequestMessage?.Headers.Authorization);
    }

    [Fact]
    public async Task CreateChannelThread_PostsProactivelyAndLaterPostsLandInThatThread()
    {
        var reference = await Notifier.CreateChannelThreadAsync(_connector.ServiceUrl, Channel, FakeBotConnector.Tenant,
            Message("DNS TTL reminder"), default);
        await Notifier.PostAsync(reference, Message("Health report 1"), default);

        var create = _connector.Calls[0];
        Assert.Equal(ConnectorOperation.CreateConversation, create.Operation);
        Assert.Equal(Channel, reference.ChannelId);
        Assert.Equal(create.ActivityId, reference.ThreadId);
        Assert.Equal(_connector.ServiceUrl, reference.ServiceUrl);
        var reply = _connector.Calls[1];
        Assert.Equal(reference.ThreadId, reply.ThreadRootId);
        Assert.Equal(2, _connector.ActivitiesIn(Channel).Count);
    }

    [Fact]
    public async Task Post_ThrottledTwice_IsDeliveredOnce()
    {
        _connector.FailNext(2);

        await Notifier.PostAsync(Reference(ThreadRoot), Message("Health report"), default);

        Assert.Single(_connector.Calls);
        Assert.Equal(3, _connector.Attempts);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Post_TransientTeamsStatus_IsRetried(HttpStatusCode status)
    {
        _connector.FailNext(1, status);

        await Notifier.PostAsync(Reference(ThreadRoot), Message("Health report"), default);

        Assert.Single(_connector.Calls);
        Assert.Equal(2, _connector.Attempts);
    }

    [Fact]
    public async Task Post_InternalServerError_IsNotRepeated()
    {
        _connector.FailNext(1, HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<ApiException>(() => Notifier.PostAsync(Reference(ThreadRoot), Message("x"), default));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(1, _connector.Attempts);
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Post_Repeatedly_UsesOneCachedMultiTenantToken()
    {
        for (var i = 0; i < 3; i++)
            await Notifier.PostAsync(Reference(ThreadRoot), Message($"Health report {i}"), default);

        var request = Assert.Single(_issuer.TokenRequests);
        Assert.Equal(new TokenRequest("botframework.com", "client_credentials", FakeBotFrameworkIssuer.AppId, "https://api.botframework.com/.default"), request);
        Assert.Equal(3, _connector.Calls.Count);
        Assert.Equal(0, _connector.Unauthorized);
    }

    [Fact]
    public async Task Post_SingleTenantBot_GetsItsTokenFromItsTenant()
    {
        await using var services = Services(_issuer.Settings(FakeBotFrameworkIssuer.BotTenant));

        await services.GetRequiredService<TeamsChatNotifier>().PostAsync(Reference(ThreadRoot), Message("x"), default);

        Assert.Equal(FakeBotFrameworkIssuer.BotTenant, Assert.Single(_issuer.TokenRequests).Tenant);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task Post_WrongSecret_FailsAtTheTokenAndNeverReachesTeams()
    {
        var settings = _issuer.Settings();
        settings.AppPassword = "not-the-secret";
        await using var services = Services(settings);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            services.GetRequiredService<TeamsChatNotifier>().PostAsync(Reference(ThreadRoot), Message("x"), default));

        Assert.IsType<MsalServiceException>(error.InnerException);
        Assert.DoesNotContain("not-the-secret", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _connector.Attempts);
    }

    [Fact]
    public async Task Post_NoAppId_SendsNoTokenAndAsksForNone()
    {
        await using var emulatorConnector = await FakeBotConnector.StartAsync(token => Task.FromResult(token is null));
        await using var services = Services(new TeamsOptions { LoginBaseUrl = _issuer.BaseAddress });
        var reference = new ConversationReference(ChatChannel.Teams, "a:emulator-chat", null, emulatorConnector.ServiceUrl);

        await services.GetRequiredService<TeamsChatNotifier>().PostAsync(reference, Message("x"), default);

        Assert.Single(emulatorConnector.Calls);
        Assert.Null(emulatorConnector.Calls[0].Body["from"]);
        Assert.Empty(_issuer.TokenRequests);
    }

    [Theory]
    [InlineData("http://smba.example.com/amer/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public async Task Post_ServiceUrlWeWouldNotSendATokenTo_IsRefusedBeforeAnyCall(string? serviceUrl)
    {
        var reference = new ConversationReference(ChatChannel.Teams, Channel, ThreadRoot, serviceUrl);

        await Assert.ThrowsAsync<ArgumentException>(() => Notifier.PostAsync(reference, Message("x"), default));

        Assert.Empty(_issuer.TokenRequests);
    }

    [Fact]
    public async Task Post_SlackConversation_IsRefused()
    {
        var slack = new ConversationReference(ChatChannel.Slack, "C1", "1700000000.1");

        await Assert.ThrowsAsync<ArgumentException>(() => Notifier.PostAsync(slack, Message("x"), default));
    }

    private static ServiceProvider Services(TeamsOptions settings) =>
        new ServiceCollection().AddLogging().AddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>().AddTeams(settings).BuildServiceProvider();

    private ConversationReference Reference(string? threadId) =>
        new(ChatChannel.Teams, Channel, threadId, _connector.ServiceUrl, FakeBotConnector.Tenant);

    private static ChatMessage Message(string title, MessageStatus status = MessageStatus.Info) =>
        new(title, status, [new("Run", "42 (demo-app → demo-space)")], []);
}
