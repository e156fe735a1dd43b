using System.Xml.Linq;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>
/// What the Heroku Button and the .NET buildpack get: app.json keeps Heroku's app.json rules (<see href="https://devcenter.heroku.com/articles/app-json-schema">app.json schema</see>, with plans,
/// sizes and stacks checked against the simulator's copy of Heroku's catalogue), and the Procfile's web command starts
/// the host that publishing <c>SOLUTION_FILE</c> the buildpack's way produces, listening on <c>$PORT</c>.
/// </summary>
[Collection(DotnetCliRuns.Name)]
public sealed partial class HerokuDeploymentTests
{
    private static readonly string[] ManifestKeys =
        ["name", "description", "keywords", "website", "repository", "logo", "success_url", "scripts", "env", "formation", "addons", "buildpacks",
         "stack", "image", "environments"];

    private static readonly string[] EnvKeys = ["description", "value", "required", "generator"];

    /// <summary>Every variable the host reads that Heroku does not set itself (DATABASE_URL comes from the add-on, PORT from the dyno).</summary>
    private static readonly string[] HostVariables =
        ["HEROKU_API_TOKEN", "CUTOVER_APPROVERS", "CUTOVER_APPROVER_GROUPS", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId",
         "MicrosoftAppPassword", "MicrosoftAppTenantId", "CUTOVER_SANDBOX"];

    private static JsonObject Manifest => JsonNode.Parse(RepositoryFiles.Read("app.json"))!.AsObject();

    [Fact]
    public void AppJson_Keys_AreHerokusAndTheButtonOnesArePresent()
    {
        var manifest = Manifest;

        Assert.All(manifest.Select(p => p.Key), key => Assert.Contains(key, ManifestKeys));
        Assert.False(string.IsNullOrWhiteSpace(manifest["name"]?.GetValue<string>()));
        Assert.InRange(manifest["description"]!.GetValue<string>().Length, 20, 300);
        Assert.Equal("https", new Uri(manifest["repository"]!.GetValue<string>()).Scheme);
        Assert.All(manifest["keywords"]!.AsArray(), k => Assert.Matches("^[a-z0-9-]+$", k!.GetValue<string>()));
        Assert.StartsWith("/", manifest["success_url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["heroku/dotnet"], manifest["buildpacks"]!.AsArray().Select(b => b!["url"]!.GetValue<string>()));
    }

    [Fact]
    public void AppJson_Env_EveryEntryDescribedWellFormedAndCoversTheHostsVariables()
    {
        var env = Manifest["env"]!.AsObject();

        foreach (var (name, node) in env)
        {
            Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", name);
            var entry = Assert.IsType<JsonObject>(node, exactMatch: false);
            Assert.All(entry.Select(p => p.Key), key => Assert.Contains(key, EnvKeys));
            Assert.True(entry["description"]?.GetValue<string>() is { Length: > 20 }, $"{name} has no description");
            if (entry["required"] is { } required)
                Assert.True(required.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False, $"{name}: required is a boolean");
            if (entry["generator"] is { } generator)
            {
                Assert.Equal("secret", generator.GetValue<string>());
                Assert.Null(entry["value"]);
            }

            if (entry["value"] is { } value)
                Assert.Equal(System.Text.Json.JsonValueKind.String, value.GetValueKind());
        }

        Assert.All(HostVariables, variable => Assert.True(env.ContainsKey(variable), $"app.json does not describe {variable}"));
        Assert.Equal("false", env["CUTOVER_SANDBOX"]!["value"]!.GetValue<string>());
        var asked = env.Where(e => e.Value!["required"]?.GetValue<bool>() != false && e.Value["value"] is null && e.Value["generator"] is null)
            .Select(e => e.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["CUTOVER_APPROVERS", "HEROKU_API_TOKEN"], asked);
    }

    [Fact]
    public async Task AppJson_AddonsFormationAndStack_ExistInHerokusCatalogue()
    {
        await using var heroku = await SimulatorHost.StartAsync();
        using var client = heroku.CreateClient();
        var manifest = Manifest;

        foreach (var addon in manifest["addons"]!.AsArray())
        {
            var plan = addon is JsonObject entry ? entry["plan"]!.GetValue<string>() : addon!.GetValue<string>();
            Assert.Matches("^[a-z0-9-]+(:[a-z0-9-]+)?$", plan);
            var service = plan.Split(':')[0];
            var plans = (await client.GetFromJsonAsync<JsonArray>($"addon-services/{service}/plans"))!.Select(p => p!["name"]!.GetValue<string>());
            Assert.Contains(plan.Contains(':', StringComparison.Ordinal) ? plan : plans.First(), plans);
        }

        var database = manifest["addons"]!.AsArray().OfType<JsonObject>().Single(a => a["plan"]!.GetValue<string>().StartsWith("heroku-postgresql:", StringComparison.Ordinal));
        Assert.Equal("DATABASE", database["as"]!.GetValue<string>());
        var sizes = (await client.GetFromJsonAsync<JsonArray>("dyno-sizes"))!.Select(s => s!["name"]!.GetValue<string>().ToLowerInvariant()).ToList();
        var processes = ProcfileTypes();
        foreach (var (type, formation) in manifest["formation"]!.AsObject())
        {
            Assert.Contains(type, processes);
            Assert.Contains(formation!["size"]!.GetValue<string>(), sizes);
            Assert.InRange(formation["quantity"]!.GetValue<int>(), 1, 100);
        }

        var stacks = (await client.GetFromJsonAsync<JsonArray>("stacks"))!.Select(s => s!["name"]!.GetValue<string>());
        Assert.Contains(manifest["stack"]!.GetValue<string>(), stacks);
    }

    [Fact]
    public void AppJson_SolutionFile_IsARootSolutionOfTheHostAndItsReferencesOnly()
    {
        var solution = Manifest["env"]!["SOLUTION_FILE"]!["value"]!.GetValue<string>();

        // The buildpack takes a file name at the root, .sln or .slnx (buildpacks-dotnet dotnet_buildpack_configuration.rs).
        Assert.Equal(solution, Path.GetFileName(solution));
        Assert.Matches(@"\.slnx?$", solution);
        var projects = XDocument.Load(RepositoryFiles.PathOf(solution)).Descendants("Project").Select(p => p.Attribute("Path")!.Value).ToList();
        Assert.Contains("src/Cutover.Host/Cutover.Host.csproj", projects);
        Assert.All(projects, p => Assert.StartsWith("src/", p, StringComparison.Ordinal));
        Assert.All(projects, p => Assert.True(File.Exists(RepositoryFiles.PathOf(p)), $"{solution} lists {p}, which does not exist"));
        var hostReferences = XDocument.Load(RepositoryFiles.PathOf("src/Cutover.Host/Cutover.Host.csproj")).Descendants("ProjectReference")
            .Select(r => "src/" + r.Attribute("Include")!.Value.Replace('\\', '/').Replace("../", string.Empty, StringComparison.Ordinal));
        Assert.All(hostReferences, r => Assert.Contains(r, projects));
    }

    [Fact]
    public async Task Procfile_WebCommandAfterPublishingTheBuildpackWay_StartsTheHostOnPort()
    {
        var web = ProcfileCommand("web");
        Assert.Contains("$PORT", web, StringComparison.Ordinal);
        var checkout = CopyDeployableSources();
        try
        {
            var solution = Manifest["env"]!["SOLUTION_FILE"]!["value"]!.GetValue<string>();
            using (var publish = ProcessRunner.StartShell(
                       $"dotnet publish {solution} --configuration Release --runtime linux-x64 -p:PublishDir=bin/publish --verbosity quiet",
                       checkout, new Dictionary<string, string>()))
            {
                var exit = await publish.WaitForExitAsync(TimeSpan.FromMinutes(8));
                Assert.True(exit == 0, $"publish exited with {exit}:\n{publish.Output}");
            }

            var port = ProcessRunner.FreePort();
            var environment = Manifest["env"]!.AsObject()
                .Where(e => e.Value!["value"] is not null)
                .ToDictionary(e => e.Key, e => e.Value!["value"]!.GetValue<string>());
            environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            environment["CUTOVER_APPROVERS"] = "slack:U0123ABCD";
            environment["HEROKU_API_TOKEN"] = "HRKU-not-used-by-this-test";
            environment["DATABASE_URL"] = string.Empty;
            using var dyno = ProcessRunner.StartShell(web, checkout, environment);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };

            var healthy = await WaitHealthyAsync(http, dyno);

            Assert.True(healthy, $"the web process never answered /healthz on $PORT:\n{dyno.Output}");
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
            Assert.DoesNotContain("HRKU-not-used-by-this-test", dyno.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(checkout, recursive: true);
        }
    }

    private static async Task<bool> WaitHealthyAsync(HttpClient http, ProcessRunner dyno)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                    return true;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (await dyno.WaitForExitAsync(TimeSpan.FromMilliseconds(300)) is not null)
                return false;
        }

        return false;
    }

    /// <summary>A fresh copy of what Heroku builds from: the sources and build settings, without bin/ and obj/.</summary>
    private static string CopyDeployableSources()
    {
        var target = Path.Combine(Path.GetTempPath(), $"cutover-heroku-build-{Guid.NewGuid():N}");
        foreach (var file in new[] { "Cutover.slnx", "Bot.sln", "Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig", "Procfile", "app.json" })
        {
            if (File.Exists(RepositoryFiles.PathOf(file)))
                CopyFile(RepositoryFiles.PathOf(file), Path.Combine(target, file));
        }

        var sources = RepositoryFiles.PathOf("src");
        foreach (var file in Directory.EnumerateFiles(sources, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryFiles.Root, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
                continue;
            CopyFile(file, Path.Combine(target, relative));
        }

        return target;
    }

    private static void CopyFile(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }

    private static IReadOnlyList<string> ProcfileTypes() =>
        [.. RepositoryFiles.Read("Procfile").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => ProcfileLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["type"].Value)];

    private static string ProcfileCommand(string type) =>
        RepositoryFiles.Read("Procfile").Split('\n').Select(l => ProcfileLine().Match(l)).Single(m => m.Success && m.Groups["type"].Value == type).Groups["command"].Value.Trim();

    [GeneratedRegex(@"^(?<type>[A-Za-z0-9_-]+):\s*(?<command>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProcfileLine();
}
