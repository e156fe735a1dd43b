namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>The simulator speaks Heroku's published contract: its routes are the schema's links, its answers validate.</summary>
public sealed class SimulatorContractTests(ITestOutputHelper output)
{
    /// <summary>
    /// Where the schema contradicts Heroku's documented behaviour, the simulator follows the behaviour
    /// (docs/heroku.md, "Simulator"): <c>domain.hostname</c> is declared <c>format: uri</c>, but a hostname such
    /// as <c>www.example.com</c> — the schema's own example — is not an absolute URI. Such a hostname is
    /// rewritten as a <c>dns:</c> URI before validation, and everything else is validated strictly.
    /// </summary>
    private const string SchemaDefect = "domain.hostname is format uri, but hostnames are not URIs";

    [Theory]
    [InlineData("migration scenario", 70)]
    [InlineData("catalogue and extras", 50)]
    [InlineData("surroundings", 30)]
    public async Task Scenario_EveryPlatformResponse_ValidatesAgainstTheSchema(string scenario, int minimum)
    {
        await using var host = await SimulatorHost.StartAsync();
        var recorder = new RecordingHandler(new HttpClientHandler(), host.BaseAddress) { KeepsResponseBodies = true };
        using var heroku = host.CreateClient(handler: recorder);

        await (scenario switch
        {
            "migration scenario" => MigrationScenario.RunAsync(host, heroku),
            "catalogue and extras" => CatalogAndExtrasScenario.RunAsync(host, heroku),
            "surroundings" => SurroundingsScenario.RunAsync(heroku),
            _ => throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null),
        });

        await AssertAllValidAsync(recorder, scenario, minimum);
    }

    [Fact]
    public async Task DomainResponse_BareHostname_FailsTheSchemasUriFormat()
    {
        var link = HerokuSchema.Instance.Find("GET", "/apps/demo-app/domains/www.demo-app.example.com")!;
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        var (_, body, _) = await heroku.GetJsonAsync("apps/demo-app/domains/www.demo-app.example.com");

        var errors = await HerokuSchema.Instance.ValidateResponseAsync(link, body!.ToJsonString());
        var (rewritten, count) = WithHostnamesAsUris(link, body.ToJsonString());

        Assert.Contains(errors, e => e.Contains("hostname", StringComparison.Ordinal));
        Assert.Equal(1, count);
        Assert.Empty(await HerokuSchema.Instance.ValidateResponseAsync(link, rewritten));
    }

    [Fact]
    public async Task Routes_EveryPlatformApiRoute_IsALinkOfTheSchema()
    {
        await using var host = await SimulatorHost.StartAsync();
        string[] simulatorOnly = ["/client/", "/postgres/", "/redis/", "/logplex/", "/streams/", "/__simulator", "/{**path}"];

        var platform = host.Routes.Where(r => !simulatorOnly.Any(p => r.Pattern.StartsWith(p, StringComparison.Ordinal))).ToList();
        var missing = platform.Where(r => HerokuSchema.Instance.Find(r.Method, r.Pattern) is null).ToList();

        output.WriteLine($"{platform.Count - missing.Count} of {platform.Count} platform routes are schema links");
        Assert.True(platform.Count > 90, $"only {platform.Count} platform routes");
        Assert.Empty(missing);
    }

    private static (string Json, int Rewritten) WithHostnamesAsUris(HerokuLink link, string json)
    {
        if (link.Resource != "domain" || JsonNode.Parse(json) is not { } node)
            return (json, 0);
        var domains = node is JsonArray array ? array.OfType<JsonObject>().ToList() : node is JsonObject one ? [one] : [];
        foreach (var domain in domains)
            domain["hostname"] = "dns:" + (string)domain["hostname"]!;
        return (node.ToJsonString(), domains.Count);
    }

    private async Task AssertAllValidAsync(RecordingHandler recorder, string scenario, int minimum)
    {
        var failures = new List<string>();
        var excused = 0;
        var checkedCount = 0;
        var links = new HashSet<string>();
        foreach (var response in recorder.Responses.Where(r => (int)r.Status is >= 200 and < 300))
        {
            if (HerokuSchema.Instance.Find(response.Request.Method.Method, response.Request.Path) is not { } link)
                continue;
            checkedCount++;
            links.Add(link.ToString());
            var (body, rewritten) = WithHostnamesAsUris(link, response.Body!);
            excused += rewritten;
            var errors = await HerokuSchema.Instance.ValidateResponseAsync(link, body);
            if (errors.Count > 0)
                failures.Add($"{response.Request.Call} ({link}): {string.Join("; ", errors)}");
        }

        output.WriteLine($"{scenario}: {checkedCount - failures.Count} of {checkedCount} simulator responses valid, over {links.Count} schema links " +
            $"({excused} hostnames rewritten for the schema defect \"{SchemaDefect}\")");
        foreach (var link in links.Order(StringComparer.Ordinal))
            output.WriteLine($"  {link}");
        Assert.True(checkedCount >= minimum, $"only {checkedCount} responses were checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
