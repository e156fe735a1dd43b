using System.Buffers.Binary;
using System.Web;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The timed work of a run planned from a Teams channel, through the real host on a fake clock that Quartz and the host
/// share: the TTL reminder and a health report arrive as proactive replies in the plan's thread through the fake Bot
/// Connector (a token from the fake issuer, no user activity to answer). DNS answers come from Knot, logs from the
/// Heroku simulator. The report's chart is in its card as an image at a signed address under Cutover's public URL.
/// </summary>
public sealed class TeamsScheduledWorkTests : IAsyncLifetime
{
    private const string Channel = "19:scheduled@thread.tacv2";

    /// <summary>Cutover's public name, as behind Heroku's router; the test fetches the same paths from the host under test.</summary>
    private const string PublicUrl = "https://cutover.example.com";

    // The clock starts at the real time: the activity's token, signed now, must be valid when the host reads it.
    private static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    private readonly FakeTimeProvider _clock = new(T0);

    private CutoverTestHost App { get; set; } = null!;

    private FakeBotConnector Connector => App.Connector;

    public async Task InitializeAsync() =>
        App = await CutoverTestHost.Create()
            .WithTeams()
            .WithDns(TestZone.DemoApp(wwwTtl: 3600, apiTtl: 60))
            .WithHeroku()
            .WithApprovers(Users.TeamsRequester)
            .WithClock(_clock)
            .WithSetting("CUTOVER_BASE_URL", PublicUrl)
            .WithSetting("CUTOVER_LINK_SECRET", "test-link-secret-0123456789abcdef0123")
            .OnLoopback()
            .StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task TtlReminderAndHealthReport_RunPlannedInTeams_ArriveAsRepliesInThePlansThread()
    {
        var cutover = T0.AddHours(80);
        var mention = await App.Issuer.SendActivityAsync(App.Address,
            TeamsActivities.Mention(Connector, Channel, Users.TeamsRequester.Id, "m1", $"<at>Cutover</at> plan demo-app to demo-space at {cutover.UtcDateTime:yyyy-MM-ddTHH:mmZ}"));
        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        var plan = (await Connector.WaitForAsync(c => c.CardTitle?.Contains("Cutover plan: demo-app", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(30)))[0];
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await WaitUntilAsync(async () => await scheduler.GetJobDetail(TtlReminderJob.KeyFor(1, "T-1h")) is not null);

        var reminder = await StepTo(cutover.AddHours(-72), "DNS TTL reminder T-72h");
        using (var heroku = App.Heroku.CreateClient())
            (await heroku.PostAsync(new Uri("teams/apps", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { name = "demo-app-ps", space = "demo-space" }))).EnsureSuccessStatusCode();
        await App.Services.GetRequiredService<IRunScheduler>().ScheduleMonitoringAsync(1, CancellationToken.None);
        var report = await StepTo(_clock.GetUtcNow().AddMinutes(15), "Health report 1/96 for demo-app-ps");

        Assert.Equal((ConnectorOperation.ReplyToActivity, plan.ActivityId), (reminder.Operation, reminder.ThreadRootId));
        Assert.Contains("www.demo-app.example.com: TTL 3600 s — owner action", reminder.AllText, StringComparison.Ordinal);
        Assert.Contains("api.demo-app.example.com: TTL 60 s ✓", reminder.AllText, StringComparison.Ordinal);
        Assert.Equal((ConnectorOperation.ReplyToActivity, plan.ActivityId), (report.Operation, report.ThreadRootId));
        Assert.Contains("5xx rate so far", report.AllText, StringComparison.Ordinal);

        // The chart: an image in the card, described by its alt text, fetched from its signed address with no session.
        var image = report.Card!["body"]!.AsArray().Single(e => e?["type"]?.GetValue<string>() == "Image")!;
        Assert.StartsWith("demo-app-ps, 1 report(s): latest", image["altText"]!.GetValue<string>(), StringComparison.Ordinal);
        var published = new Uri(image["url"]!.GetValue<string>());
        Assert.Equal($"{PublicUrl}/charts/1/1.png", published.GetLeftPart(UriPartial.Path));
        using var http = new HttpClient();
        var link = new Uri(App.Address, published.PathAndQuery);
        using var chart = await http.GetAsync(link);
        Assert.Equal((HttpStatusCode.OK, "image/png"), (chart.StatusCode, chart.Content.Headers.ContentType?.MediaType));
        var png = await chart.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal((800, 880), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));

        // Changed, unsigned and expired addresses are refused; nothing but the chart is served there.
        var signature = HttpUtility.ParseQueryString(link.Query)["sig"]!;
        var tampered = link.ToString().Replace(signature, (signature[0] == 'a' ? 'b' : 'a') + signature[1..], StringComparison.Ordinal);
        using var changed = await http.GetAsync(new Uri(tampered));
        using var otherChart = await http.GetAsync(new Uri(link.ToString().Replace("charts/1/1.png", "charts/1/final.png", StringComparison.Ordinal)));
        using var unsigned = await http.GetAsync(new Uri(App.Address, "charts/1/1.png"));
        var expired = App.Services.GetRequiredService<SignedChartLinks>().Link(1, "1", _clock.GetUtcNow().AddSeconds(-1));
        using var late = await http.GetAsync(new Uri(App.Address, expired.PathAndQuery));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { changed.StatusCode, otherChart.StatusCode, unsigned.StatusCode, late.StatusCode });
        Assert.Contains("expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("not one Cutover made", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Moves the clock to just before <paramref name="at"/>, then forward in small steps until a card so titled was posted.</summary>
    private Task<ConnectorCall> StepTo(DateTimeOffset at, string title) =>
        _clock.StepToAsync(at, () => Connector.ActivitiesIn(Channel).LastOrDefault(c => c.CardTitle?.Contains(title, StringComparison.Ordinal) == true),
            $"'{title}'", () => string.Join(" | ", Connector.ActivitiesIn(Channel).Select(c => c.CardTitle)));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
