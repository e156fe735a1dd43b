using Cutover.Chat.Teams.Activities;
using Cutover.Chat.Teams.Cards;
using Cutover.Chat.Teams.Inbound;

namespace Cutover.IntegrationTests.Chat.Teams;

/// <summary>
/// The inbound pieces chained the way an <c>/api/messages</c> endpoint uses them (parse → validate with the
/// activity's serviceUrl and channel → classify → answer), on a loopback bot that the issuer fake posts signed
/// activities to, as the Bot Connector does.
/// </summary>
public sealed class InboundChainTests : IAsyncLifetime, IDisposable
{
    private const string ApproveFixture = """
        {"type":"invoke","name":"adaptiveCard/action","id":"f:9","channelId":"msteams","serviceUrl":"SERVICE_URL",
         "from":{"id":"29:alice","aadObjectId":"8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d"},"recipient":{"id":"28:bot"},
         "conversation":{"id":"19:c@thread.tacv2;messageid=100","conversationType":"channel"},"replyToId":"101",
         "value":{"action":{"type":"Action.Execute","verb":"runbook.approve-step","data":{"run":42,"step":"preflight","v":1}},"trigger":"manual"}}
        """;

    private FakeBotFrameworkIssuer _issuer = null!;
    private FakeBotConnector _connector = null!;
    private WebApplication _bot = null!;
    private Uri _botUrl = null!;
    private HttpClient _metadata = null!;

    public async Task InitializeAsync()
    {
        _issuer = await FakeBotFrameworkIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync(_issuer);
        _metadata = new HttpClient();
        var validator = new BotFrameworkTokenValidator(_issuer.Settings(), _metadata);
        (_bot, _botUrl) = await LoopbackApp.StartAsync(app => app.MapPost("/api/messages", (HttpRequest request) => HandleAsync(request, validator)));
    }

    public async Task DisposeAsync()
    {
        await _bot.StopAsync();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    public void Dispose() => _metadata.Dispose();

    [Fact]
    public async Task SignedApproveClick_IsAcceptedAndAnsweredWithACard()
    {
        using var response = await _issuer.SendActivityAsync(_botUrl, ApproveFixture.Replace("SERVICE_URL", _connector.ServiceUrl, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, body["type"]?.GetValue<string>());
        Assert.Equal("✅ runbook.approve-step 42/preflight v1 by 8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d", body["value"]?["body"]?[0]?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task ActivityClaimingAnotherServiceUrl_IsRefusedAtServiceUrl()
    {
        var activity = ApproveFixture.Replace("SERVICE_URL", _connector.ServiceUrl, StringComparison.Ordinal);
        var token = _issuer.Mint(_issuer.ChannelToken("https://smba.trafficmanager.net/emea/elsewhere/"));
        using var client = new HttpClient { BaseAddress = _botUrl };

        using var response = await FakeBotFrameworkIssuer.SendActivityAsync(client, activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.StartsWith("Teams auth refused at ServiceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeConnector_TokenNotIssuedForTheConnector_Gets401()
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_connector.ServiceUrl), "v3/conversations/a%3Achat/activities"))
        {
            Content = new StringContent("""{"type":"message","text":"hi"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", _issuer.Mint(_issuer.ChannelToken(null)));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, _connector.Unauthorized);
        Assert.Empty(_connector.Calls);
    }

    /// <summary>What <see cref="TeamsEndpoints"/> does, minus the queue: enough to exercise every inbound piece over HTTP.</summary>
    private static async Task<IResult> HandleAsync(HttpRequest request, BotFrameworkTokenValidator validator)
    {
        using var reader = new StreamReader(request.Body);
        var parsed = TeamsActivityParser.Parse(await reader.ReadToEndAsync());
        if (!parsed.Succeeded)
            return Results.BadRequest(parsed.Error);
        var auth = await validator.ValidateAsync(request.Headers.Authorization, parsed.Activity.ServiceUrl, parsed.Activity.ChannelId, request.HttpContext.RequestAborted);
        if (!auth.Succeeded)
            return Results.Text(auth.ToString(), statusCode: auth.IsFault ? 503 : 401);
        return TeamsInbound.Classify(parsed.Activity) switch
        {
            TeamsCardAction click => Invoke(AdaptiveCardInvokeResponse.Card(AdaptiveCardRenderer.Render(
                ChatMessage.Plain($"{click.ActionId} {click.Payload.RunId}/{click.Payload.StepId} v{click.Payload.StepVersion} by {click.User}",
                    MessageStatus.Success)))),
            TeamsRejectedInvoke rejected => Invoke(AdaptiveCardInvokeResponse.Error(rejected)),
            _ => Results.Ok(),
        };
    }

    private static IResult Invoke(AdaptiveCardInvokeResponse response) => Results.Json(response.Body, statusCode: response.StatusCode);
}
