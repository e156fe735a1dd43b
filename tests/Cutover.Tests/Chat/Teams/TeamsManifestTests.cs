using System.IO.Compression;
using Cutover.Tools.TeamsAppPackage;
using NJsonSchema;

namespace Cutover.Tests.Chat.Teams;

public class TeamsManifestTests
{
    private const string AppId = "6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a";

    private static readonly string ManifestDirectory = Path.Combine(TeamsFiles.Root, "manifests", "teams");

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(TeamsFiles.TestDirectory, "MicrosoftTeams.schema.v1.30.json")));

    [Fact]
    public async Task Manifest_InTheRepository_IsValidAgainstSchema130()
    {
        var errors = (await Schema.Value).Validate(Manifest());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [InlineData("bot id not a GUID")]
    [InlineData("unknown scope")]
    [InlineData("no developer")]
    [InlineData("short name over 30 characters")]
    [InlineData("13 commands in a list")]
    public async Task Schema_BrokenManifest_IsRefused(string broken)
    {
        var manifest = JsonNode.Parse(Manifest())!;
        var bot = manifest["bots"]![0]!;
        switch (broken)
        {
            case "bot id not a GUID": bot["botId"] = "not-a-guid"; break;
            case "unknown scope": bot["scopes"]!.AsArray().Add("everywhere"); break;
            case "no developer": manifest.AsObject().Remove("developer"); break;
            case "short name over 30 characters": manifest["name"]!["short"] = new string('C', 31); break;
            case "13 commands in a list":
                var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
                while (commands.Count < 13)
                    commands.Add(new JsonObject { ["title"] = $"extra{commands.Count}" });
                break;
        }

        Assert.NotEmpty((await Schema.Value).Validate(manifest.ToJsonString()));
    }

    [Fact]
    public void Manifest_Bot_HasTheThreeScopesAndTheCommands()
    {
        var manifest = JsonNode.Parse(Manifest())!;

        Assert.Equal("1.30", manifest["manifestVersion"]?.GetValue<string>());
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json", manifest["$schema"]?.GetValue<string>());
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal(["team", "groupChat", "personal"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var commands = bot["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()).Select(c => c!["title"]!.GetValue<string>());
        // Teams shows at most 12 commands per list: resume is named in pause's description, and list is status without an app.
        Assert.Equal(CommandParser.Verbs.Where(v => v is not ("resume" or "list")), commands);
        Assert.Contains("`resume`", bot["commandLists"]![0]!["commands"]!.AsArray().Single(c => (string?)c!["title"] == "pause")!["description"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal(AppPackageBuilder.BotIdPlaceholder, bot["botId"]?.GetValue<string>());
        Assert.Equal(AppPackageBuilder.TeamsAppIdPlaceholder, manifest["id"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_InTheRepository_HasTheSizeTeamsRequires(string file, int size)
    {
        var png = File.ReadAllBytes(Path.Combine(ManifestDirectory, file));

        Assert.Equal((size, size), AppPackageBuilder.PngSize(png));
        Assert.Equal(6, png[25]); // colour type RGBA: the outline needs a transparent background
    }

    [Fact]
    public async Task Build_WithAppIdAndBaseUrl_ZipsAValidManifestAndBothIcons()
    {
        using var zip = new MemoryStream();

        AppPackageBuilder.Build(ManifestDirectory, new PackageSettings(AppId, AppId, new Uri("https://cutover.acme.example/")), zip);

        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        Assert.Equal(["manifest.json", "color.png", "outline.png"], archive.Entries.Select(e => e.FullName));
        string manifest;
        using (var reader = new StreamReader(archive.GetEntry("manifest.json")!.Open()))
            manifest = await reader.ReadToEndAsync();
        Assert.Empty((await Schema.Value).Validate(manifest));
        var json = JsonNode.Parse(manifest)!;
        Assert.Equal(AppId, json["id"]?.GetValue<string>());
        Assert.Equal(AppId, json["bots"]![0]!["botId"]?.GetValue<string>());
        Assert.Equal("https://cutover.acme.example/privacy", json["developer"]!["privacyUrl"]?.GetValue<string>());
        Assert.DoesNotContain("example.com", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Substitute_SeparateTeamsAppId_GoesToIdOnly()
    {
        const string teamsAppId = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a";

        var json = JsonNode.Parse(AppPackageBuilder.Substitute(Manifest(), new PackageSettings(AppId, teamsAppId, new Uri("https://cutover.acme.example"))))!;

        Assert.Equal(teamsAppId, json["id"]?.GetValue<string>());
        Assert.Equal(AppId, json["bots"]![0]!["botId"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-guid", AppId, "https://cutover.acme.example", "MicrosoftAppId")]
    [InlineData(AppId, "123", "https://cutover.acme.example", "TEAMS_APP_ID")]
    [InlineData(AppId, AppId, "http://cutover.acme.example", "CUTOVER_BASE_URL")]
    public void Substitute_BadSetting_IsRefusedNamingIt(string appId, string teamsAppId, string baseUrl, string name)
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            AppPackageBuilder.Substitute(Manifest(), new PackageSettings(appId, teamsAppId, new Uri(baseUrl))));

        Assert.StartsWith(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PngSize_NotAPng_IsRefused()
    {
        Assert.Throws<InvalidDataException>(() => AppPackageBuilder.PngSize("GIF89a-not-a-png-at-all-xxxx"u8));
    }

    private static string Manifest() => File.ReadAllText(Path.Combine(ManifestDirectory, "manifest.json"));
}
