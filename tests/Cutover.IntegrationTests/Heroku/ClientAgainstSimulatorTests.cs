using Cutover.Infrastructure.Heroku.Data;
using Cutover.Infrastructure.Heroku.Models;

namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The production client against the simulator over real HTTP on loopback, mounted under a prefix as the
/// host mounts it: paging, rate limiting, server errors, validation messages and follower lag.
/// </summary>
public sealed class ClientAgainstSimulatorTests : IAsyncLifetime
{
    private SimulatorHost _simulator = null!;
    private ServiceProvider _client = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync("/sandbox/heroku");
        var services = new ServiceCollection().AddLogging();
        services.AddHerokuClients(new HerokuOptions
        {
            PlatformBaseUrl = _simulator.BaseAddress,
            DataBaseUrl = _simulator.BaseAddress,
            ApiToken = SimulatorHost.Token,
        });
        _client = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Releases_ReadAcrossPagesOfTwo_AllVersionsNewestFirstOnce()
    {
        var releases = Api<IReleasesApi>();

        var versions = await HerokuPaging
            .ReadAllAsync((range, ct) => releases.ListAsync("demo-app", range, ct), HerokuRange.Newest("version", max: 2).ToString())
            .Select(r => r.Version)
            .ToListAsync();

        Assert.Equal(Enumerable.Range(1, 12).Reverse(), versions);
    }

    [Fact]
    public async Task Get_RateLimitBurstThenRecovery_SucceedsAfterBackoff()
    {
        _simulator.Simulator.InjectRateLimitBursts(2);

        var app = await Api<IAppsApi>().GetAsync("demo-app", CancellationToken.None);

        Assert.Equal("demo-app", app.Name);
        Assert.Equal(0, _simulator.Simulator.Faults.RateLimitBursts);
    }

    [Fact]
    public async Task Get_ServerErrorBurst_RetriedUntilItSucceeds()
    {
        _simulator.Simulator.InjectServerErrors(2);

        var space = await Api<ISpacesApi>().GetAsync("demo-space", CancellationToken.None);

        Assert.Equal("demo-space", space.Name);
        Assert.Equal(0, _simulator.Simulator.Faults.ServerErrors);
    }

    [Fact]
    public async Task Patch_ServerError_NotRetriedAndSurfacesHerokusError()
    {
        _simulator.Simulator.InjectServerErrors(1);
        var config = Api<IConfigVarsApi>();

        var error = await Assert.ThrowsAsync<HerokuApiException>(() => config.UpdateAsync("demo-app",
            new Dictionary<string, string?> { ["MAINTENANCE_PAGE_URL"] = "https://status.example.com/maintenance" }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("PATCH", error.Method);
        var after = await config.GetAsync("demo-app", CancellationToken.None);
        Assert.False(after.ContainsKey("MAINTENANCE_PAGE_URL"));
    }

    [Fact]
    public async Task Create_InvalidAppName_Surfaces422WithHerokusMessage()
    {
        var error = await Assert.ThrowsAsync<HerokuApiException>(() => Api<ITeamAppsApi>()
            .CreateAsync(new TeamAppCreate("Demo_App", "acme", "demo-space"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal(HerokuErrorIds.InvalidParams, error.Id);
        Assert.Contains("name", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(SimulatorHost.Token, error.ToString());
    }

    [Fact]
    public async Task Follower_ProvisionedInTheSpace_LagDrainsToZeroThenUnfollows()
    {
        await Api<ITeamAppsApi>().CreateAsync(new TeamAppCreate("demo-app-ps", "acme", "demo-space", "heroku-24"), CancellationToken.None);
        var follower = await Api<IAddOnsApi>().CreateAsync("demo-app-ps", new AddOnCreate("heroku-postgresql:private-0",
            new AddOnCreateAttachment("DATABASE_FOLLOWER"), new Dictionary<string, string> { ["follow"] = "postgresql-curved-24817" }),
            CancellationToken.None);
        var data = Api<IPostgresDataApi>();

        var lags = new List<long>();
        var waiting = true;
        for (var minute = 0; minute < 60 && (waiting || lags.Count == 0 || lags[^1] > 0); minute++)
        {
            _simulator.Clock.Advance(TimeSpan.FromMinutes(1));
            waiting = (await data.GetWaitStatusAsync(follower.Id, CancellationToken.None)).Waiting;
            var info = await data.GetAsync(follower.Id, CancellationToken.None);
            if (info.InfoValues("Behind By").Count == 0)
                continue;
            Assert.Equal("postgresql-curved-24817", info.Leader);
            Assert.NotNull(info.Following);
            lags.Add(BehindBy(info));
        }

        Assert.False(waiting);
        Assert.True(lags.Count > 1, $"lag observed only {lags.Count} time(s)");
        Assert.Equal(0, lags[^1]);
        Assert.True(lags.Zip(lags.Skip(1)).All(p => p.Second <= p.First), $"lag went up: {string.Join(", ", lags)}");
        await data.UnfollowAsync(follower.Id, CancellationToken.None);
        var unfollowed = await data.GetAsync(follower.Id, CancellationToken.None);
        Assert.Null(unfollowed.Following);
        var again = await Assert.ThrowsAsync<HerokuApiException>(() => data.UnfollowAsync(follower.Id, CancellationToken.None));
        Assert.True((int)again.StatusCode is >= 400 and < 500);
    }

    private static long BehindBy(PostgresDatabase info)
    {
        var text = Assert.Single(info.InfoValues("Behind By"));
        return long.Parse(new string(text.TakeWhile(char.IsAsciiDigit).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
    }

    private T Api<T>() where T : notnull => _client.GetRequiredService<T>();
}
