using Cutover.Chat.Slack.WebApi;
using Refit;

namespace Cutover.Tests.Chat.Slack;

/// <summary>Slack's envelope on the production Refit client, over a scripted network.</summary>
public class SlackErrorFactoryTests
{
    private const string Token = "xoxb-secret-4711";

    [Fact]
    public async Task Call_OkFalse_ThrowsTypedErrorWithScopeAndDetails()
    {
        var network = new RecordingHandler().Then(HttpStatusCode.OK,
            """{"ok":false,"error":"missing_scope","needed":"usergroups:read","provided":"chat:write","response_metadata":{"messages":["[ERROR] x"]}}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api(network).ListUsergroupUsersAsync(new("S1"), CancellationToken.None));

        Assert.Equal(("usergroups.users.list", "missing_scope", "usergroups:read"), (error.Method, error.Error, error.Needed));
        Assert.Equal(["[ERROR] x"], error.Details);
        Assert.Equal("Slack usergroups.users.list failed: missing_scope (needs scope usergroups:read) [[ERROR] x]", error.Message);
    }

    [Fact]
    public async Task Call_Ok_DeserializesAndSendsTokenAsBearerOnly()
    {
        var network = new RecordingHandler().Then(HttpStatusCode.OK, """{"ok":true,"users":["U1","U2"],"warning":"superfluous_charset"}""");

        var answer = await Api(network).ListUsergroupUsersAsync(new("S0APPROVERS"), CancellationToken.None);

        Assert.Equal(["U1", "U2"], answer.Users);
        var request = Assert.Single(network.Requests);
        Assert.Equal($"Bearer {Token}", request.Headers["Authorization"]);
        Assert.Equal("https://slack.test/api/usergroups.users.list", request.Uri.ToString());
        Assert.Equal("usergroup=S0APPROVERS", request.Body);
    }

    [Fact]
    public async Task PostMessage_Body_IsSnakeCaseJsonWithoutNulls()
    {
        var network = new RecordingHandler().Then(HttpStatusCode.OK, """{"ok":true,"channel":"C1","ts":"1.2"}""");

        var answer = await Api(network).PostMessageAsync(new ChatPostMessageRequest("C1", "hi", [], ThreadTs: "1.1"), CancellationToken.None);

        Assert.Equal("1.2", answer.Ts);
        Assert.Equal("""{"channel":"C1","text":"hi","blocks":[],"thread_ts":"1.1","unfurl_links":false,"unfurl_media":false}""", network.Requests[0].Body);
    }

    public static TheoryData<HttpStatusCode, string, string> Failures => new()
    {
        { HttpStatusCode.TooManyRequests, """{"ok":false,"error":"ratelimited"}""", "ratelimited" },
        { HttpStatusCode.InternalServerError, "<html>oops</html>", "http_500" },
        { HttpStatusCode.OK, "<html>proxy</html>", "invalid_response" },
        { HttpStatusCode.OK, """{"users":[]}""", "invalid_response" },
        { HttpStatusCode.OK, """{"ok":false}""", "unknown_error" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Call_Failure_MapsToCodeAndNeverMentionsTheToken(HttpStatusCode status, string body, string code)
    {
        var network = new RecordingHandler().Then(status, body, "application/json", ("Retry-After", "7"));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Api(network).GetUserAsync(new("U1"), CancellationToken.None));

        Assert.Equal(code, error.Error);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        if (status == HttpStatusCode.TooManyRequests)
            Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task Call_TransportFailure_RefitErrorCarriesNoToken()
    {
        var network = new RecordingHandler().ThenThrow(new HttpRequestException("connection refused"));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Api(network).GetUserAsync(new("U1"), CancellationToken.None));

        Assert.Null(error.RequestMessage.Headers.Authorization);
    }

    [Theory]
    [InlineData("https://slack.com/api/chat.postMessage", "chat.postMessage")]
    [InlineData("http://127.0.0.1:5000/api/views.open?x=1", "views.open")]
    [InlineData("https://slack.com/", "unknown")]
    public void MethodName_FromUrl_IsTheLastSegment(string url, string method) =>
        Assert.Equal(method, SlackErrorFactory.MethodName(new Uri(url)));

    private static ISlackWebApi Api(RecordingHandler network) =>
        RestService.For<ISlackWebApi>(
            new HttpClient(new SlackBotTokenHandler(Token) { InnerHandler = network }) { BaseAddress = new Uri("https://slack.test/api/") },
            SlackRefitSettings.Create());
}
