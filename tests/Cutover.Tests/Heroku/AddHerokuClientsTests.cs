using System.Diagnostics;
using Cutover.Infrastructure.Heroku.Data;
using Cutover.Infrastructure.Heroku.Models;
using Microsoft.Extensions.Http;

namespace Cutover.Tests.Heroku;

/// <summary>The clients as the host gets them: every handler in place, only the network scripted.</summary>
public sealed class AddHerokuClientsTests : IAsyncLifetime, IDisposable
{
    private const string AppJson = """
        {"id":"01234567-89ab-cdef-0123-456789abcdef","name":"legacy-app","maintenance":false,
         "region":{"id":"r1","name":"us"},"stack":{"id":"s1","name":"heroku-24"},"space":null,
         "generation":{"id":"g1","name":"cedar"}}
        """;

    private readonly RecordingHandler _network = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _provider;

    public AddHerokuClientsTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddHerokuClients(new HerokuOptions
        {
            PlatformBaseUrl = new Uri("https://api.heroku.test"),
            DataBaseUrl = new Uri("https://data.heroku.test"),
            ApiToken = "token-1",
        });
        // Registered after the clients, so it runs after Refit's own primary-handler setup.
        services.ConfigureAll<HttpClientFactoryOptions>(factory =>
            factory.HttpMessageHandlerBuilderActions.Add(handlers => handlers.PrimaryHandler = _network));
        _provider = services.BuildServiceProvider();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _provider.DisposeAdvancingAsync();

    public void Dispose() => _network.Dispose();

    [Fact]
    public async Task Dispose_RequestStillInFlightOnAFakeClock_Finishes()
    {
        // Polly waits for the request to drain on the fake clock while the container is disposed: without the clock
        // moving, this disposal never ends (a whole test run hung on it once).
        var sent = new TaskCompletionSource();
        _network.ThenHang(sent);
        var call = Api<IAppsApi>().GetAsync("legacy-app", CancellationToken.None);
        await sent.Task.WaitAsync(TimeSpan.FromMinutes(1));

        await _provider.DisposeAdvancingAsync();

        Assert.False(call.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Get_ServerErrorThenOk_IsRetried()
    {
        _network.Then(HttpStatusCode.ServiceUnavailable, "<html/>", "text/html").Then(HttpStatusCode.OK, AppJson);

        var app = await Drive(Api<IAppsApi>().GetAsync("legacy-app", CancellationToken.None));

        Assert.Equal("legacy-app", app.Name);
        Assert.Equal(2, _network.Requests.Count);
    }

    [Fact]
    public async Task Post_ServerError_IsNotRetried()
    {
        _network.Then(HttpStatusCode.InternalServerError, """{"id":"internal_server_error","message":"Internal server error."}""");

        var error = await Assert.ThrowsAsync<HerokuApiException>(() =>
            Drive(Api<ITeamAppsApi>().CreateAsync(new TeamAppCreate(Name: "legacy-app-ps", Space: "acme-virginia"), CancellationToken.None)));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_network.Requests);
    }

    [Fact]
    public async Task Patch_RateLimitedThenOk_IsRetried()
    {
        _network
            .Then(HttpStatusCode.TooManyRequests, """{"id":"rate_limit","message":"Your account reached the API rate limit"}""", headers: ("RateLimit-Remaining", "0"))
            .Then(HttpStatusCode.OK, AppJson.Replace("\"maintenance\":false", "\"maintenance\":true", StringComparison.Ordinal));

        var app = await Drive(Api<IAppsApi>().UpdateAsync("legacy-app", new AppUpdate(Maintenance: true), CancellationToken.None));

        Assert.True(app.Maintenance);
        Assert.Equal([HttpMethod.Patch, HttpMethod.Patch], _network.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Clients_BaseUrls_PlatformAndDataGoToTheirHostsWithTheSameToken()
    {
        _network.Then(HttpStatusCode.OK, AppJson).Then(HttpStatusCode.OK, """{"waiting?":true,"error?":false,"message":"Following"}""");

        await Drive(Api<IAppsApi>().GetAsync("legacy-app", CancellationToken.None));
        var wait = await Drive(Api<IPostgresDataApi>().GetWaitStatusAsync("db-id", CancellationToken.None));

        Assert.Equal(new PostgresWaitStatus(Waiting: true, Error: false, "Following"), wait);
        Assert.Equal(
            ["https://api.heroku.test/apps/legacy-app", "https://data.heroku.test/client/v11/databases/db-id/wait_status"],
            _network.Requests.Select(r => r.Uri.ToString()));
        Assert.All(_network.Requests, r => Assert.Equal("Bearer token-1", r.Header("Authorization")));
    }

    [Fact]
    public async Task PlatformClient_Response_FeedsTheSharedRateLimitBudget()
    {
        _network.Then(HttpStatusCode.OK, """{"remaining":1234}""", headers: ("RateLimit-Remaining", "1234"));

        await Drive(Api<IAccountApi>().GetRateLimitAsync(CancellationToken.None));

        Assert.Equal(1234, _provider.GetRequiredService<RateLimitBudget>().Last?.Remaining);
    }

    [Fact]
    public async Task HerokuPlatform_ExistingApp_MapsToTheCoreRecord()
    {
        _network.Then(HttpStatusCode.OK, AppJson);

        var app = await Drive(_provider.GetRequiredService<IHerokuPlatform>().GetAppAsync("legacy-app", CancellationToken.None));

        Assert.Equal(new HerokuApp("legacy-app", "us", "heroku-24", Space: null, "cedar"), app);
    }

    [Fact]
    public async Task HerokuPlatform_MissingSpace_ReturnsNull()
    {
        _network.Then(HttpStatusCode.NotFound, """{"id":"not_found","message":"Couldn't find that space."}""");

        var space = await Drive(_provider.GetRequiredService<IHerokuPlatform>().GetSpaceAsync("nowhere", CancellationToken.None));

        Assert.Null(space);
    }

    [Fact]
    public async Task HerokuPlatform_AllocatedShieldSpace_MapsToTheCoreRecord()
    {
        _network.Then(HttpStatusCode.OK, """
            {"id":"s","name":"acme-virginia","state":"allocated","shield":true,"region":{"id":"r","name":"virginia"},
             "generation":{"id":"g","name":"cedar"}}
            """);

        var space = await Drive(_provider.GetRequiredService<IHerokuPlatform>().GetSpaceAsync("acme-virginia", CancellationToken.None));

        Assert.Equal(new HerokuSpace("acme-virginia", "allocated", "virginia", Shield: true, "cedar"), space);
    }

    [Fact]
    public async Task HerokuPlatform_Forbidden_IsAnErrorNotNull()
    {
        _network.Then(HttpStatusCode.Forbidden, """{"id":"forbidden","message":"You do not have access to the app legacy-app."}""");

        var error = await Assert.ThrowsAsync<HerokuApiException>(() =>
            Drive(_provider.GetRequiredService<IHerokuPlatform>().GetAppAsync("legacy-app", CancellationToken.None)));

        Assert.Equal(HerokuErrorIds.Forbidden, error.Id);
    }

    private TApi Api<TApi>()
        where TApi : notnull => _provider.GetRequiredService<TApi>();

    /// <summary>Moves the fake clock while the call waits on back-off or pacing timers.</summary>
    private async Task<T> Drive<T>(Task<T> call)
    {
        var watch = Stopwatch.StartNew();
        while (!call.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            _clock.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5);
        }

        return await call;
    }
}
