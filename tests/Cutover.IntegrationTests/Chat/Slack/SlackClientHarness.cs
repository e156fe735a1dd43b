using Cutover.Chat.Slack;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary>
/// The production Slack layer (<see cref="SlackServiceCollectionExtensions.AddSlack"/>) pointed at a fresh
/// <see cref="FakeSlack"/> over loopback HTTP, with a short post interval unless told otherwise.
/// </summary>
public sealed class SlackClientHarness : IAsyncDisposable
{
    public const string Channel = "C0RUNS";

    private SlackClientHarness(FakeSlack slack, ServiceProvider services)
    {
        Slack = slack;
        Services = services;
    }

    public FakeSlack Slack { get; }

    public ServiceProvider Services { get; }

    public SlackChatNotifier Notifier => Services.GetRequiredService<SlackChatNotifier>();

    public ISlackWebApi Api => Services.GetRequiredService<ISlackWebApi>();

    public static async Task<SlackClientHarness> StartAsync(
        TimeSpan? postInterval = null, string? token = null, TimeProvider? clock = null, TimeSpan? groupCacheExpiry = null)
    {
        var slack = await FakeSlack.StartAsync();
        var services = new ServiceCollection().AddLogging().AddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>();
        if (clock is not null)
            services.AddSingleton(clock);
        services.AddSlack(new SlackOptions
        {
            BotToken = token ?? slack.BotToken,
            SigningSecret = slack.SigningSecret,
            ApiBaseUrl = slack.ApiBaseUrl,
            PostInterval = postInterval ?? TimeSpan.FromMilliseconds(20),
            GroupCacheExpiry = groupCacheExpiry ?? TimeSpan.FromMinutes(5),
        });
        return new SlackClientHarness(slack, services.BuildServiceProvider());
    }

    public static ConversationReference Conversation(string? threadTs = null, string channel = Channel) =>
        new(ChatChannel.Slack, channel, threadTs);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAdvancingAsync();
        await Slack.DisposeAsync();
    }
}
