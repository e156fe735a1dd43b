using Cutover.Chat.Slack.Verification;
using Cutover.Chat.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace Cutover.Tests.Chat.Slack;

public class AddSlackTests
{
    [Fact]
    public void AddSlack_ValidSettings_ResolvesEveryService()
    {
        using var provider = new ServiceCollection().AddLogging().AddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>().AddSlack(Valid()).BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<SlackSignatureVerifier>());
        Assert.NotNull(provider.GetRequiredService<ISlackWebApi>());
        Assert.NotNull(provider.GetRequiredService<SlackChatNotifier>());
        Assert.IsType<SlackChatNotifier>(provider.GetRequiredKeyedService<IChatNotifier>(ChatChannel.Slack));
        Assert.Contains(provider.GetServices<IGroupMembership>(), m => m is SlackUserGroupMembership);
        Assert.Same(provider.GetRequiredService<SlackChannelPacer>(), provider.GetRequiredService<SlackChannelPacer>());
        Assert.Equal(TimeSpan.FromMilliseconds(250), provider.GetRequiredService<SlackChannelPacer>().Interval);
    }

    public static TheoryData<string, Action<SlackOptions>, string> Invalid => new()
    {
        { "no token", s => s.BotToken = " ", "SLACK_BOT_TOKEN" },
        { "no secret", s => s.SigningSecret = "", "SLACK_SIGNING_SECRET" },
        { "relative url", s => s.ApiBaseUrl = new Uri("/api/", UriKind.Relative), "SLACK_API_URL" },
        { "ftp url", s => s.ApiBaseUrl = new Uri("ftp://slack.com/api/"), "SLACK_API_URL" },
        { "negative interval", s => s.PostInterval = TimeSpan.FromSeconds(-1), "PostInterval" },
        { "negative expiry", s => s.GroupCacheExpiry = TimeSpan.FromSeconds(-1), "GroupCacheExpiry" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AddSlack_InvalidSetting_NamesItWithoutItsValue(string name, Action<SlackOptions> spoil, string setting)
    {
        var settings = Valid();
        spoil(settings);

        var error = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddSlack(settings));

        Assert.True(error.Message.Contains(setting, StringComparison.Ordinal), $"{name}: {error.Message}");
        Assert.DoesNotContain("xoxb-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_ToString_HidesTokenAndSecret()
    {
        var text = Valid().ToString();

        Assert.DoesNotContain("xoxb-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("signing-secret", text, StringComparison.Ordinal);
        Assert.Contains("https://slack.test/api/", text, StringComparison.Ordinal);
    }

    private static SlackOptions Valid() => new()
    {
        BotToken = "xoxb-secret-1",
        SigningSecret = "signing-secret-1",
        ApiBaseUrl = new Uri("https://slack.test/api/"),
        PostInterval = TimeSpan.FromMilliseconds(250),
    };
}
