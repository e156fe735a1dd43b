using Cutover.Infrastructure.Heroku.Models;

namespace Cutover.Tests.Heroku;

public sealed class HerokuHeadersHandlerTests : IDisposable
{
    private readonly RecordingHandler _network = new();

    public void Dispose() => _network.Dispose();

    [Fact]
    public async Task Send_PlainCall_AddsVersionAcceptBearerTokenAndUserAgent()
    {
        _network.Then(HttpStatusCode.OK, """{"id":"1","name":"demo-app"}""");

        await HerokuClients.For<IAppsApi>(_network).GetAsync("demo-app", CancellationToken.None);

        var request = Assert.Single(_network.Requests);
        Assert.Equal("application/vnd.heroku+json; version=3", request.Header("Accept"));
        Assert.Equal($"Bearer {HerokuClients.Token}", request.Header("Authorization"));
        Assert.Equal("Cutover/test", request.Header("User-Agent"));
    }

    [Fact]
    public async Task Send_MethodWithItsOwnAccept_KeepsOnlyThatVariant()
    {
        _network.Then(HttpStatusCode.Created, """{"id":"1","logplex_url":"https://logs.test/s","created_at":"2026-03-02T09:00:00Z"}""");

        await HerokuClients.For<ILogSessionsApi>(_network).CreateAsync("demo-app", new LogSessionCreate(Lines: 100), CancellationToken.None);

        Assert.Equal("application/vnd.heroku+json; version=3.sdk", Assert.Single(_network.Requests).Header("Accept"));
    }

    [Fact]
    public async Task Send_AttachmentsWithInclusion_SendsSdkAcceptAndInclusion()
    {
        _network.Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");
        var attachments = HerokuClients.For<IAddOnAttachmentsApi>(_network);

        using (await attachments.ListAsync("demo-app", HerokuMediaTypes.IncludeAddOnPlanAndConfigVars, null, CancellationToken.None))
        using (await attachments.ListAsync("demo-app", null, null, CancellationToken.None))
        {
            Assert.Equal(["addon:plan,config_vars", null], _network.Requests.Select(r => r.Header("Accept-Inclusion")));
            Assert.All(_network.Requests, r => Assert.Equal(HerokuMediaTypes.Version3Sdk, r.Header("Accept")));
        }
    }

    [Fact]
    public async Task Send_NoToken_SendsNoAuthorization()
    {
        _network.Then(HttpStatusCode.OK, """{"remaining":4500}""");

        await HerokuClients.For<IAccountApi>(_network, token: string.Empty).GetRateLimitAsync(CancellationToken.None);

        Assert.Null(Assert.Single(_network.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task Send_RequestBody_IsSnakeCaseJsonWithoutNulls()
    {
        _network.Then(HttpStatusCode.Created, """{"id":"1","name":"demo-app-ps"}""");

        await HerokuClients.For<ITeamAppsApi>(_network)
            .CreateAsync(new TeamAppCreate(Name: "demo-app-ps", Team: "acme", Space: "acme-virginia", InternalRouting: false), CancellationToken.None);

        Assert.Equal("""{"name":"demo-app-ps","team":"acme","space":"acme-virginia","internal_routing":false}""", Assert.Single(_network.Requests).Body);
    }
}
