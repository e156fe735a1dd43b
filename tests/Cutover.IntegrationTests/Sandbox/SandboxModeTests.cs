using Microsoft.Extensions.Configuration;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>How the host decides between the sandbox and the real thing.</summary>
public sealed class SandboxModeTests
{
    public static TheoryData<string, Dictionary<string, string?>, bool> Cases => new()
    {
        { "nothing configured", new() { }, true },
        { "blank credentials", new() { ["SLACK_BOT_TOKEN"] = " ", ["HEROKU_API_TOKEN"] = string.Empty }, true },
        { "Slack token", new() { ["SLACK_BOT_TOKEN"] = "xoxb-1" }, false },
        { "Slack token in its section", new() { ["Slack:BotToken"] = "xoxb-1" }, false },
        { "Teams app id", new() { ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001" }, false },
        { "Teams app id in its section", new() { ["Teams:AppId"] = "00000000-0000-0000-0000-000000000001" }, false },
        { "Heroku token", new() { ["HEROKU_API_TOKEN"] = "HRKU-real" }, false },
        { "Heroku token in its section", new() { ["Heroku:ApiToken"] = "HRKU-real" }, false },
        { "only a Slack signing secret", new() { ["SLACK_SIGNING_SECRET"] = "s" }, true },
        { "forced off without credentials", new() { ["CUTOVER_SANDBOX"] = "false" }, false },
        { "forced on without credentials", new() { ["CUTOVER_SANDBOX"] = "true" }, true },
        { "forced on, any case", new() { ["CUTOVER_SANDBOX"] = " True " }, true },
        { "forced off with credentials", new() { ["CUTOVER_SANDBOX"] = "false", ["HEROKU_API_TOKEN"] = "HRKU-real" }, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsOn_Configuration_DecidesTheMode(string row, Dictionary<string, string?> settings, bool expected)
    {
        Assert.True(SandboxMode.IsOn(Configuration(settings)) == expected, row);
    }

    [Fact]
    public void IsOn_ForcedOnWithACredential_RefusesNamingBoth()
    {
        var refused = Assert.Throws<StartupConfigurationException>(() =>
            SandboxMode.IsOn(Configuration(new() { ["CUTOVER_SANDBOX"] = "true", ["MicrosoftAppId"] = "app", ["SLACK_BOT_TOKEN"] = "xoxb-secret" })));

        Assert.Contains("CUTOVER_SANDBOX=true", refused.Message, StringComparison.Ordinal);
        Assert.Contains("SLACK_BOT_TOKEN and MicrosoftAppId", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsOn_NotABoolean_RefusesNamingTheVariable()
    {
        var refused = Assert.Throws<StartupConfigurationException>(() => SandboxMode.IsOn(Configuration(new() { ["CUTOVER_SANDBOX"] = "yes" })));

        Assert.Equal("CUTOVER_SANDBOX must be true or false.", refused.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
