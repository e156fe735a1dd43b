using System.Net.Http.Headers;
using Refit;

namespace Cutover.Tests.Heroku;

public class HerokuErrorFactoryTests
{
    private const string Token = HerokuClients.Token;

    [Theory]
    [InlineData("not found", 404, "not_found", "Couldn't find that app.")]
    [InlineData("forbidden", 403, "forbidden", "You do not have access to the app legacy-app.")]
    [InlineData("rate limit", 429, "rate_limit", "Your account reached the API rate limit\nPlease wait a few minutes before making new requests")]
    [InlineData("invalid params", 422, "invalid_params", "Name must start with a letter, end with a letter or digit and can only contain lowercase letters, digits, and dashes.")]
    [InlineData("confirmation required", 422, "confirmation_required", "This add-on is not automatically networked with this Private Space. Confirm?")]
    [InlineData("unauthorized", 401, "unauthorized", "Invalid credentials provided.")]
    [InlineData("conflict", 409, "conflict", "Domain already added to this app.")]
    public async Task FromResponse_HerokuErrorBody_KeepsIdAndMessageVerbatim(string row, int status, string id, string message)
    {
        var body = $$"""{"id":{{Json(id)}},"message":{{Json(message)}},"url":"https://devcenter.heroku.com/articles/platform-api-reference#errors"}""";

        var error = await Create(HttpMethod.Patch, "https://api.heroku.com/apps/legacy-app?x=1", (HttpStatusCode)status, body, "application/json");

        Assert.True(id == error.Id, row);
        Assert.Equal(message, error.Message);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal("https://devcenter.heroku.com/articles/platform-api-reference#errors", error.DocumentationUrl);
        Assert.True(error.HasErrorBody);
        Assert.Equal(("PATCH", "/apps/legacy-app"), (error.Method, error.Path));
    }

    [Fact]
    public async Task FromResponse_HtmlBody_SaysWhatCameBackWithoutLeakingIt()
    {
        var error = await Create(HttpMethod.Get, "https://api.heroku.com/apps/legacy-app", HttpStatusCode.ServiceUnavailable,
            "<html><body>Application error</body></html>", "text/html");

        Assert.False(error.HasErrorBody);
        Assert.Equal(HerokuErrorIds.Unknown, error.Id);
        Assert.Equal("Heroku answered 503 (Service Unavailable) to GET /apps/legacy-app with a body that is not a Heroku error (text/html).", error.Message);
    }

    [Theory]
    [InlineData("HTML 404", 404, "<h1>Not Found</h1>", "not_found")]
    [InlineData("empty 429", 429, "", "rate_limit")]
    [InlineData("JSON without id", 500, """{"error":"boom"}""", "unknown")]
    [InlineData("truncated JSON", 502, """{"id":"bad_gat""", "unknown")]
    [InlineData("JSON array", 400, """["nope"]""", "bad_request")]
    public async Task FromResponse_NotAHerokuErrorBody_IdComesFromTheStatus(string row, int status, string body, string id)
    {
        var error = await Create(HttpMethod.Get, "https://api.heroku.com/apps/x", (HttpStatusCode)status, body, "text/plain");

        Assert.True(id == error.Id, $"{row}: expected {id}, got {error.Id}");
        Assert.False(error.HasErrorBody);
        Assert.Contains($"Heroku answered {status}", error.Message, StringComparison.Ordinal);
        Assert.Contains("GET /apps/x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponse_EmptyBody_SaysItWasEmpty()
    {
        var error = await Create(HttpMethod.Delete, "https://api.heroku.com/apps/x/acm", HttpStatusCode.BadGateway, string.Empty, "text/plain");

        Assert.EndsWith("to DELETE /apps/x/acm with an empty body.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromResponse_RequestCarriedAToken_TokenAppearsNowhere()
    {
        var error = await Create(HttpMethod.Get, "https://api.heroku.com/apps/x?secret=no", HttpStatusCode.ServiceUnavailable, "<html/>", "text/html");

        var everything = string.Join("\n", error.Message, error.Summary, error.ToString(), error.Path, error.Uri?.ToString(),
            error.RequestMessage.Headers.ToString(), error.Content);
        Assert.DoesNotContain(Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("api.heroku.com", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("secret=no", everything, StringComparison.Ordinal);
        Assert.Null(error.RequestMessage.Headers.Authorization);
    }

    [Fact]
    public async Task ToString_HerokuError_StartsWithMethodPathStatusAndId()
    {
        var error = await Create(HttpMethod.Get, "https://api.heroku.com/apps/x", HttpStatusCode.NotFound,
            """{"id":"not_found","message":"Couldn't find that app."}""", "application/json");

        Assert.StartsWith("Cutover.Infrastructure.Heroku.HerokuApiException: GET /apps/x → 404 not_found: Couldn't find that app.", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Client_ErrorAnswer_ThrowsHerokuApiException()
    {
        var network = new RecordingHandler().Then(HttpStatusCode.NotFound, """{"id":"not_found","message":"Couldn't find that app."}""");
        var apps = HerokuClients.For<IAppsApi>(network);

        var error = await Assert.ThrowsAsync<HerokuApiException>(() => apps.GetAsync("missing-app", CancellationToken.None));

        Assert.Equal((HerokuErrorIds.NotFound, "/apps/missing-app"), (error.Id, error.Path));
    }

    [Fact]
    public async Task Client_TransportFailure_RefitErrorCarriesNoToken()
    {
        var network = new RecordingHandler().ThenThrow(new HttpRequestException("connection refused"));
        var apps = HerokuClients.For<IAppsApi>(network);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => apps.GetAsync("demo-app", CancellationToken.None));

        Assert.Null(error.RequestMessage.Headers.Authorization);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Client_UnreadableSuccessBody_RefitErrorCarriesNoToken()
    {
        var network = new RecordingHandler().Then(HttpStatusCode.OK, "this is not json", "application/json");
        var apps = HerokuClients.For<IAppsApi>(network);

        var error = await Assert.ThrowsAnyAsync<ApiException>(() => apps.GetAsync("demo-app", CancellationToken.None));

        Assert.Null(error.RequestMessage.Headers.Authorization);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Equal($"Bearer {Token}", network.Requests[0].Header("Authorization"));
    }

    private static async Task<HerokuApiException> Create(HttpMethod method, string url, HttpStatusCode status, string body, string mediaType)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = new HttpResponseMessage(status)
        {
            RequestMessage = request,
            Content = new StringContent(body, Encoding.UTF8, mediaType),
        };
        return await HerokuErrorFactory.FromResponseAsync(response, HerokuRefitSettings.Create(), CancellationToken.None);
    }

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
