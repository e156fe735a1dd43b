namespace Cutover.IntegrationTests.Contracts;

/// <summary>The oracle itself: it finds links and tells valid from invalid, so contract tests built on it can fail.</summary>
public sealed class HerokuSchemaTests
{
    [Theory]
    [InlineData("GET", "/apps/demo-app", "app", "Info")]
    [InlineData("GET", "/apps/{app}/config-vars", "config-var", "Info for App")]
    [InlineData("POST", "/teams/apps", "team-app", "Create")]
    [InlineData("GET", "/account/rate-limits", "rate-limit", "Info")]
    [InlineData("PATCH", "/apps/{app}/formation", "formation", "Batch Update")]
    public void Find_KnownRoute_ReturnsItsLink(string method, string path, string resource, string title)
    {
        var link = HerokuSchema.Instance.Find(method, path);

        Assert.NotNull(link);
        Assert.Equal(resource, link.Resource);
        Assert.Equal(title, link.Title);
    }

    [Theory]
    [InlineData("GET", "/apps/demo-app/not-a-resource")]
    [InlineData("PUT", "/teams/apps")]
    [InlineData("GET", "/client/v11/databases/abc")]
    public void Find_RouteNotInSchema_ReturnsNull(string method, string path) =>
        Assert.Null(HerokuSchema.Instance.Find(method, path));

    [Fact]
    public async Task ValidateRequest_BodyWithWrongTypeOrBadName_ReportsErrors()
    {
        var link = HerokuSchema.Instance.Find("POST", "/teams/apps")!;

        var valid = await HerokuSchema.Instance.ValidateRequestAsync(link, """{"name":"demo-app-ps","space":"demo-space","stack":"heroku-24"}""");
        var invalid = await HerokuSchema.Instance.ValidateRequestAsync(link, """{"name":"Demo_App","space":42}""");

        Assert.Empty(valid);
        Assert.NotEmpty(invalid);
    }

    [Fact]
    public async Task ValidateResponse_ResourceMissingDeclaredProperties_ReportsEachOne()
    {
        var link = HerokuSchema.Instance.Find("GET", "/apps/{app}")!;

        var errors = await HerokuSchema.Instance.ValidateResponseAsync(link,
            """{"id":"01234567-89ab-cdef-0123-456789abcdef","name":"demo-app"}""");

        Assert.Contains(errors, e => e.Contains("$.maintenance: missing", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.web_url: missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ValidateResponse_WrongEnumValue_ReportsIt()
    {
        var link = HerokuSchema.Instance.Find("GET", "/account/rate-limits")!;

        var valid = await HerokuSchema.Instance.ValidateResponseAsync(link, """{"remaining":4500}""");
        var invalid = await HerokuSchema.Instance.ValidateResponseAsync(link, """{"remaining":"lots"}""");

        Assert.Empty(valid);
        Assert.NotEmpty(invalid);
    }
}
