namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Heroku's transport rules: version header, bearer token, error shape, rate limit, ranges, mounting.</summary>
public sealed class SimulatorTransportTests : SimulatorTests
{
    public static TheoryData<string, string?> WrongAccepts => new()
    {
        { "no Accept header", null },
        { "plain JSON", "application/json" },
        { "version 2", "application/vnd.heroku+json; version=2" },
        { "no version", "application/vnd.heroku+json" },
    };

    [Theory]
    [MemberData(nameof(WrongAccepts))]
    public async Task Request_WithoutHerokuVersion3Accept_Returns406NotAcceptable(string row, string? accept)
    {
        using var client = Host.CreateClient(accept: false);
        if (accept is not null)
            client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));

        var (status, body, response) = await client.GetJsonAsync("apps/demo-app");

        Assert.True(status == HttpStatusCode.NotAcceptable, row);
        Assert.Equal("not_acceptable", (string?)body!["id"]);
        Assert.NotNull(response.Header("RateLimit-Remaining"));
    }

    [Theory]
    [InlineData("application/vnd.heroku+json; version=3.sdk")]
    [InlineData("application/vnd.heroku+json; version=3.fir")]
    public async Task Request_WithVersion3Variant_IsServed(string accept)
    {
        using var client = Host.CreateClient(accept: false);
        client.DefaultRequestHeaders.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));

        var (status, _, _) = await client.GetJsonAsync("spaces/demo-space");

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Request_WithoutToken_Returns401Unauthorized()
    {
        using var anonymous = Host.CreateClient(token: false);
        using var wrong = Host.CreateClient(token: false);
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "HRKU-not-a-token");

        var (status, body, _) = await anonymous.GetJsonAsync("apps/demo-app");
        var (wrongStatus, _, _) = await wrong.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongStatus);
        Assert.Equal("unauthorized", (string?)body!["id"]);
        Assert.NotNull(body["message"]);
        Assert.NotNull(body["url"]);
    }

    [Fact]
    public async Task AddonServiceCatalogue_WithoutToken_IsServed()
    {
        using var anonymous = Host.CreateClient(token: false);

        var (status, body, _) = await anonymous.GetJsonAsync("addon-services/heroku-postgresql/plans");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(body!.AsArray(), p => (string?)p!["name"] == "heroku-postgresql:private-0" && (bool)p["space_default"]!);
    }

    [Fact]
    public async Task UnknownAppAndUnknownRoute_Return404HerokuShaped()
    {
        var app = await Heroku.GetJsonAsync("apps/no-such-app");
        var route = await Heroku.GetJsonAsync("apps/demo-app/not-a-resource");

        Assert.Equal(HttpStatusCode.NotFound, app.Status);
        Assert.Equal("not_found", (string?)app.Body!["id"]);
        Assert.Equal("Couldn't find that app.", (string?)app.Body["message"]);
        Assert.Equal(HttpStatusCode.NotFound, route.Status);
        Assert.Equal("not_found", (string?)route.Body!["id"]);
    }

    [Fact]
    public async Task EveryCall_CostsOneToken_ExceptRateLimitInfo()
    {
        var first = await Heroku.GetJsonAsync("apps/demo-app");
        var second = await Heroku.GetJsonAsync("apps/demo-app/formation");
        var info = await Heroku.GetJsonAsync("account/rate-limits");
        var again = await Heroku.GetJsonAsync("account/rate-limits");

        Assert.Equal("4499", first.Response.Header("RateLimit-Remaining"));
        Assert.Equal("4498", second.Response.Header("RateLimit-Remaining"));
        Assert.Equal(4498, (int)info.Body!["remaining"]!);
        Assert.Equal(4498, (int)again.Body!["remaining"]!);
        Assert.Equal("4498", again.Response.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task EmptyBucket_Returns429RateLimit_ThenRefills75PerMinuteOfSimulatorTime()
    {
        Host.Simulator.SetRateLimitRemaining(1);

        var last = await Heroku.GetJsonAsync("apps/demo-app");
        var refused = await Heroku.GetJsonAsync("apps/demo-app");
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var refilled = await Heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.OK, last.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("rate_limit", (string?)refused.Body!["id"]);
        Assert.Equal("Your account reached the API rate limit", (string?)refused.Body["message"]);
        Assert.Equal("0", refused.Response.Header("RateLimit-Remaining"));
        Assert.Equal(HttpStatusCode.OK, refilled.Status);
        Assert.Equal("74", refilled.Response.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task FullBucket_4500Calls_Then429()
    {
        for (var i = 0; i < 4500; i++)
        {
            using var response = await Heroku.GetAsync(new Uri("account", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var refused = await Heroku.GetJsonAsync("account");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
    }

    [Fact]
    public async Task AppList_WithRangeMax_PagesWith206AndNextRange()
    {
        var names = new List<string>();
        var statuses = new List<HttpStatusCode>();
        string? range = "name ..; max=2";

        while (range is not null)
        {
            var page = await Heroku.GetJsonAsync("apps", range);
            statuses.Add(page.Status);
            names.AddRange(page.Body!.AsArray().Select(a => (string)a!["name"]!));
            range = page.Response.Header("Next-Range");
        }

        Assert.Equal(["billing-worker", "demo-app", "internal-api", "marketing-site"], names);
        Assert.Equal([HttpStatusCode.PartialContent, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task ReleaseList_WithDescendingVersionRange_ReturnsNewestFirst()
    {
        var newest = await Heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=5, order=desc");
        var next = await Heroku.GetJsonAsync("apps/demo-app/releases", newest.Response.Header("Next-Range"));

        Assert.Equal(HttpStatusCode.PartialContent, newest.Status);
        Assert.Equal([12, 11, 10, 9, 8], newest.Body!.AsArray().Select(r => (int)r!["version"]!));
        Assert.True((bool)newest.Body[0]!["current"]!);
        Assert.Equal("version ]8..; max=5, order=desc", newest.Response.Header("Next-Range"));
        Assert.Equal([7, 6, 5, 4, 3], next.Body!.AsArray().Select(r => (int)r!["version"]!));
        Assert.Contains("version", newest.Response.Header("Accept-Ranges"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithoutRange_ReturnsAllUpToDefaultPageWith200()
    {
        var (status, body, _) = await Heroku.GetJsonAsync("apps/demo-app/releases");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(12, body!.AsArray().Count);
    }

    [Fact]
    public async Task List_WithRangeOnUnsortableField_Returns416()
    {
        var (status, body, _) = await Heroku.GetJsonAsync("apps", "color ..; max=2");

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, status);
        Assert.Equal("requested_range_not_satisfiable", (string?)body!["id"]);
    }

    [Fact]
    public async Task MountedUnderPrefix_ServesApiAndHandsOutUrlsUnderThePrefix()
    {
        await using var host = await SimulatorHost.StartAsync("/sandbox/heroku");
        using var heroku = host.CreateClient();

        var app = await heroku.GetJsonAsync("apps/demo-app");
        var session = await heroku.PostJsonAsync("apps/demo-app/log-sessions", new { lines = 5 });
        var logplexUrl = (string)session.Body!["logplex_url"]!;
        using var stream = new HttpClient();
        var lines = await stream.GetStringAsync(new Uri(logplexUrl));

        Assert.Equal(HttpStatusCode.OK, app.Status);
        Assert.StartsWith(host.BaseAddress + "logplex/sessions/", logplexUrl, StringComparison.Ordinal);
        Assert.Equal(5, lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
