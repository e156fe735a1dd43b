namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>The seed: a file given by path replaces the embedded one; a broken seed says what is wrong.</summary>
public sealed class SimulatorSeedTests : IDisposable
{
    private const string TinySeed = $$"""
        account:
          email: ops@tiny.example.com
          tokens: [{{SimulatorHost.Token}}]
        team:
          name: tiny
        regions:
          - { name: us, description: United States, country: United States, locale: Virginia, provider_region: us-east-1 }
        stacks:
          - { name: heroku-24, default: true }
        dyno_sizes:
          - { name: Basic, runtime: common, memory: 0.5, compute: 1, units: 0, cost: 700 }
        apps:
          - name: tiny-app
            releases: 3
            slug: { process_types: { web: npm start } }
            formation: { web: { quantity: 1, size: Basic } }
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"heroku-seed-{Guid.NewGuid():N}.yaml");

    [Fact]
    public async Task SeedPath_GivenFile_ServesItsWorldInsteadOfTheEmbeddedOne()
    {
        await File.WriteAllTextAsync(_path, TinySeed);
        await using var host = await SimulatorHost.StartAsync(configure: o => o.SeedPath = _path);
        using var heroku = host.CreateClient();

        var tiny = await heroku.GetJsonAsync("apps/tiny-app");
        var demo = await heroku.GetJsonAsync("apps/demo-app");
        var releases = await heroku.GetJsonAsync("apps/tiny-app/releases");

        Assert.Equal(HttpStatusCode.OK, tiny.Status);
        Assert.Equal("tiny", (string?)tiny.Body!["team"]!["name"]);
        Assert.Equal(HttpStatusCode.NotFound, demo.Status);
        Assert.Equal(3, releases.Body!.AsArray().Count);
    }

    [Fact]
    public async Task SeedPath_SpaceInACommonRuntimeRegion_FailsNamingTheSpaceAndRegion()
    {
        await File.WriteAllTextAsync(_path, TinySeed + "\nspaces:\n  - { name: bad-space, region: us }\n");
        await using var services = new ServiceCollection().AddHerokuSimulator(o => o.SeedPath = _path).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<HerokuSimulator>());

        Assert.Contains("bad-space", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"us\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedPath_MistypedKey_FailsNamingTheFile()
    {
        await File.WriteAllTextAsync(_path, TinySeed.Replace("releases: 3", "relaeses: 3", StringComparison.Ordinal));
        await using var services = new ServiceCollection().AddHerokuSimulator(o => o.SeedPath = _path).BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<HerokuSimulator>());

        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
        Assert.Contains("relaeses", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_path);
}
