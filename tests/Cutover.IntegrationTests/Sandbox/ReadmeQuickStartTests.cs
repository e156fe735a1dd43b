namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The README's quick start works as written: one command, one announced URL, the console and /healthz behind it.</summary>
[Collection(DotnetCliRuns.Name)]
public sealed partial class ReadmeQuickStartTests
{
    [Fact]
    public async Task QuickStart_RunCommandAsWritten_AnnouncesTheUrlOfTheConsoleAndHealthz()
    {
        var command = RunCommand(RepositoryFiles.Read("README.md"));
        Assert.StartsWith("dotnet run ", command, StringComparison.Ordinal);

        // A free port instead of the default 5000, and no credentials from the machine: a newcomer's first run.
        using var run = ProcessRunner.StartShell(command, RepositoryFiles.Root, new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["SLACK_BOT_TOKEN"] = string.Empty,
            ["MicrosoftAppId"] = string.Empty,
            ["HEROKU_API_TOKEN"] = string.Empty,
            ["DATABASE_URL"] = string.Empty,
        });
        var line = await run.WaitForLineAsync("Cutover sandbox: open ", TimeSpan.FromMinutes(5));
        var url = new Uri(AnnouncedUrl().Match(line).Value);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal("127.0.0.1", url.Host);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Cutover sandbox</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Single(run.Output.Split('\n'), l => l.Contains("Cutover sandbox: open ", StringComparison.Ordinal));
    }

    /// <summary>The first line of the first shell block under "Quick start (sandbox)".</summary>
    private static string RunCommand(string readme)
    {
        var section = readme.IndexOf("## Quick start (sandbox)", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no \"## Quick start (sandbox)\" section");
        var block = ShellBlock().Match(readme, section);
        Assert.True(block.Success, "The quick start has no ```sh block");
        return block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
    }

    [GeneratedRegex(@"```sh\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"http://[^\s/]+/", RegexOptions.CultureInvariant)]
    private static partial Regex AnnouncedUrl();
}
