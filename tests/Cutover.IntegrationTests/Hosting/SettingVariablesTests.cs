using Cutover.Host.Configuration;
using Microsoft.Extensions.Configuration;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>The Heroku-style variables read as the keys of their sections, through one configuration source.</summary>
public sealed class SettingVariablesTests
{
    [Fact]
    public void Variable_Set_BindsIntoItsSectionAndWinsOverTheKey()
    {
        var configuration = WithVariables(new()
        {
            ["Heroku:ApiUrl"] = "https://from-the-section.example.com",
            ["HEROKU_API_URL"] = "https://from-the-variable.example.com",
            ["HEROKU_API_TOKEN"] = "token",
        });

        var heroku = configuration.GetSection(HerokuOptions.Section).Get<HerokuOptions>()!;

        Assert.Equal(new Uri("https://from-the-variable.example.com"), heroku.PlatformBaseUrl);
        Assert.Equal("token", heroku.ApiToken);
        Assert.Equal(["ApiToken", "ApiUrl"], configuration.GetSection(HerokuOptions.Section).GetChildren().Select(c => c.Key));
    }

    [Fact]
    public void Variable_Unset_TheSectionsKeyIsRead()
    {
        var configuration = WithVariables(new() { ["Slack:TeamId"] = "T0SECTION" });

        Assert.Equal("T0SECTION", configuration["Slack:TeamId"]);
        Assert.Null(configuration["Slack:BotToken"]);
        Assert.Equal(["TeamId"], configuration.GetSection("Slack").GetChildren().Select(c => c.Key));
    }

    [Fact]
    public void Variable_AddedAfterTheSource_IsSeen()
    {
        var configuration = WithVariables([]);

        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DATABASE_URL"] = "postgres://u:p@db.example.com/app" });

        Assert.Equal("postgres://u:p@db.example.com/app", configuration["Database:Url"]);
    }

    [Fact]
    public void Variable_Blank_DoesNotHideTheKey()
    {
        var configuration = WithVariables(new() { ["CUTOVER_APPROVERS"] = " ", ["Approvals:Users"] = "slack:U0AAA" });

        Assert.Equal("slack:U0AAA", configuration["Approvals:Users"]);
    }

    private static ConfigurationManager WithVariables(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(settings);
        ((IConfigurationBuilder)configuration).Add(new SettingVariablesSource(configuration));
        return configuration;
    }
}
