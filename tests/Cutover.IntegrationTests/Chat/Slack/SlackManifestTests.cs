using NJsonSchema;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary>
/// manifests/slack/app-manifest.yml against Slack's manifest schema (slackapi/manifest-schema, copied next to this
/// file with the official valid example), and against the endpoints and scopes Cutover actually uses.
/// </summary>
public sealed class SlackManifestTests
{
    private const string Host = "https://<your-app>.herokuapp.com";

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Here("slack-manifest.schema.1.0.0.json"))).GetAwaiter().GetResult());

    [Fact]
    public void Manifest_AsJson_ValidatesAgainstSlacksSchema()
    {
        var errors = Schema.Value.Validate(Manifest().ToJsonString());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public void Schema_OfficialValidExample_Passes() =>
        Assert.Empty(Schema.Value.Validate(File.ReadAllText(Here("slack-manifest.v1.valid.example.json"))));

    public static TheoryData<string, Action<JsonObject>> Spoilers => new()
    {
        { "command without slash", m => m["features"]!["slash_commands"]![0]!["command"] = "cutover" },
        { "http-less url", m => m["settings"]!["interactivity"]!["request_url"] = "<your-app>/slack/interactions" },
        { "interactivity without is_enabled", m => m["settings"]!["interactivity"]!.AsObject().Remove("is_enabled") },
        { "unknown section", m => m["slack_commands"] = new JsonArray() },
        { "name too long", m => m["display_information"]!["name"] = new string('C', 36) },
        { "boolean as string", m => m["settings"]!["socket_mode_enabled"] = "false" },
    };

    [Theory]
    [MemberData(nameof(Spoilers))]
    public void Schema_SpoiltManifest_Fails(string name, Action<JsonObject> spoil)
    {
        var manifest = Manifest();
        spoil(manifest);

        Assert.True(Schema.Value.Validate(manifest.ToJsonString()).Count > 0, $"{name} should not validate");
    }

    [Fact]
    public void Manifest_Command_IsCutoverOnTheCommandsEndpoint()
    {
        var command = Assert.Single(Manifest()["features"]!["slash_commands"]!.AsArray())!;

        Assert.Equal("/cutover", (string?)command["command"]);
        Assert.Equal($"{Host}/slack/commands", (string?)command["url"]);
        Assert.Contains("plan <app> to <space>", (string?)command["usage_hint"], StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_InteractivityAndEvents_PointAtTheirEndpoints()
    {
        var settings = Manifest()["settings"]!;

        Assert.Equal(true, (bool?)settings["interactivity"]!["is_enabled"]);
        Assert.Equal($"{Host}/slack/interactions", (string?)settings["interactivity"]!["request_url"]);
        Assert.Equal($"{Host}/slack/events", (string?)settings["event_subscriptions"]!["request_url"]);
        Assert.Equal(["app_mention"], settings["event_subscriptions"]!["bot_events"]!.AsArray().Select(e => (string?)e));
        Assert.Equal(false, (bool?)settings["socket_mode_enabled"]);
    }

    [Fact]
    public void Manifest_BotScopes_AreExactlyTheOnesCutoverUses()
    {
        var scopes = Manifest()["oauth_config"]!["scopes"]!["bot"]!.AsArray().Select(s => (string?)s).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["app_mentions:read", "channels:read", "chat:write", "commands", "files:write", "groups:read", "usergroups:read", "users:read"],
            scopes);
    }

    private static JsonObject Manifest() =>
        YamlToJson.Convert(File.ReadAllText(RepositoryFiles.PathOf("manifests", "slack", "app-manifest.yml")))!.AsObject();

    private static string Here(string file) =>
        RepositoryFiles.PathOf("tests", "Cutover.IntegrationTests", "Chat", "Slack", file);
}
