namespace Cutover.IntegrationTests.Heroku.Cli;

/// <summary>The official Heroku CLI pointed at a fresh simulator for every test, and what its tests read back over the API.</summary>
public abstract class HerokuCliTests : SimulatorTests
{
    protected HerokuCli Cli { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Cli = new HerokuCli(Host);
    }

    public override async Task DisposeAsync()
    {
        Cli.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>The simulator's answer to <c>GET <paramref name="path"/></c>; fails the test unless it is 200.</summary>
    protected async Task<JsonNode> Get(string path)
    {
        var (status, body, _) = await Heroku.GetJsonAsync(path);
        Assert.True(status == HttpStatusCode.OK, $"GET {path}: {(int)status} {body?.ToJsonString()}");
        return body!;
    }

    /// <summary>The value the CLI prints after <c>label:</c> in a styled object (the first such line).</summary>
    protected static string Field(string output, string label) =>
        output.Split('\n').First(l => l.StartsWith(label + ":", StringComparison.Ordinal))[(label.Length + 1)..].Trim();
}
