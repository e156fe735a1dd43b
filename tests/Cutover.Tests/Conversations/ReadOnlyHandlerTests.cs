using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

/// <summary><c>status</c>, <c>list</c>, <c>audit</c> and <c>help</c>: private replies that change nothing.</summary>
public class ReadOnlyHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Status_AppWithAnActiveRun_RepliesItsSteps()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<StatusHandler>().HandleAsync(From(Outsider), new StatusCommand("demo-app"), None);

        Assert.Equal($"Run {runId}: demo-app → demo-space (in progress)", reply?.Title);
        Assert.Contains("… 0 preflight — awaiting approval v1", reply?.Fields.Single(f => f.Label == "Steps").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_AppWithoutARun_RefusedSayingHowToStartOne()
    {
        await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<StatusHandler>().HandleAsync(From(Outsider), new StatusCommand("other-app"), None);

        Assert.Equal("other-app has no active run. Start one with `plan other-app to <space>`.", reply?.Text);
    }

    [Fact]
    public async Task Status_NoApp_ListsTheActiveRuns()
    {
        await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<StatusHandler>().HandleAsync(From(Outsider), new StatusCommand(null), None);

        Assert.Equal(("1 active run(s)", "#1 demo-app → demo-space: step 0 preflight awaiting approval"), (reply?.Title, reply?.Text));
    }

    [Fact]
    public async Task List_ActiveRuns_OneLineEachAndNotTheEndedOnes()
    {
        var ended = await _cutover.OpenRunAsync("old-app");
        await _cutover.ChangeAsync(ended, r => r.Abort(RunHarness.Requester, null, _cutover.Clock.GetUtcNow()));
        await _cutover.OpenRunAsync("demo-app");
        await _cutover.OpenRunAsync("shop-api");

        var reply = await _cutover.Handler<ListHandler>().HandleAsync(From(Outsider), new ListCommand(), None);

        Assert.Equal("2 active run(s)", reply?.Title);
        Assert.Equal("#2 demo-app → demo-space: step 0 preflight awaiting approval\n#3 shop-api → demo-space: step 0 preflight awaiting approval", reply?.Text);
    }

    [Fact]
    public async Task List_NoRuns_SaysHowToStartOne()
    {
        var reply = await _cutover.Handler<ListHandler>().HandleAsync(From(Outsider), new ListCommand(), None);

        Assert.Equal(("No active runs", "Start one with `plan <app> to <space>`."), (reply?.Title, reply?.Text));
    }

    [Fact]
    public async Task Help_Always_ListsTheGrammarAndTheSteps()
    {
        var reply = await _cutover.Handler<HelpHandler>().HandleAsync(From(Outsider), new HelpCommand(), None);

        Assert.Contains(CommandParser.Usage, reply?.Text, StringComparison.Ordinal);
        Assert.Contains("0 preflight, 1 maintenance-page", reply?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_ManyEvents_PagedOldestFirstWithWhoWhatWhenAndTheNextPage()
    {
        var runId = await _cutover.OpenRunAsync();
        for (var i = 0; i < 30; i++)
            await _cutover.Audit.AppendAsync(runId, new AuditEvent($"slack:U{i:D3}", "run.command-refused", _cutover.Clock.GetUtcNow().AddMinutes(i), "deploy", 2,
                detail: $"try {i}\nsecond line"), None);
        var total = (await _cutover.Audit.ReadAsync(runId, None)).Count;

        var first = await _cutover.Handler<AuditHandler>().HandleAsync(From(Outsider), new AuditCommand(runId, 1), None);
        var last = await _cutover.Handler<AuditHandler>().HandleAsync(From(Outsider), new AuditCommand(runId, 2), None);
        var past = await _cutover.Handler<AuditHandler>().HandleAsync(From(Outsider), new AuditCommand(runId, 3), None);

        Assert.Equal($"Audit of run {runId} (demo-app → demo-space) — page 1 of 2", first?.Title);
        var lines = first!.Text!.Split('\n');
        Assert.Equal($"{total} events, oldest first.", lines[0]);
        Assert.Equal(AuditMessages.PageSize, lines.Count(l => l.StartsWith("• ", StringComparison.Ordinal)));
        Assert.Equal($"`audit {runId} 2` for the next page.", lines[^1]);
        Assert.Contains("• 2026-03-02 09:00:00 UTC · slack:U000 · run.command-refused · deploy v2 · try 0 second line", first.Text, StringComparison.Ordinal);
        Assert.EndsWith("• 2026-03-02 09:29:00 UTC · slack:U029 · run.command-refused · deploy v2 · try 29 second line", last!.Text!, StringComparison.Ordinal);
        Assert.DoesNotContain("next page", last.Text, StringComparison.Ordinal);
        Assert.Equal($"Run {runId}'s audit has 2 pages ({total} events): `audit {runId}` to `audit {runId} 2`.", past?.Text);
    }

    [Fact]
    public async Task Audit_AskedFromAnotherChannel_RefusedAndThatIsAudited()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<AuditHandler>().HandleAsync(From(Outsider, channel: "C-elsewhere", thread: null), new AuditCommand(runId, 1), None);

        Assert.Contains("is in another channel", reply?.Text, StringComparison.Ordinal);
        Assert.Contains(_cutover.Audit.Of(RunAccess.CommandRefused), e => e.Detail!.StartsWith("audit: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_DownloadsOffered_LinksBothFormatsAndSaysUntilWhen()
    {
        var runId = await _cutover.OpenRunAsync();
        _cutover.Downloads.Offered = new AuditDownload(new Uri("https://cutover.example.com/audit/1.csv?expires=1&sig=ab"),
            new Uri("https://cutover.example.com/audit/1.json?expires=1&sig=ab"), new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

        var reply = await _cutover.Handler<AuditHandler>().HandleAsync(From(Outsider), new AuditCommand(runId, 1), None);

        Assert.Equal(
            "CSV: https://cutover.example.com/audit/1.csv?expires=1&sig=ab\nJSON: https://cutover.example.com/audit/1.json?expires=1&sig=ab\n"
            + "The links work until 2026-03-02 10:00 UTC.",
            reply?.Fields.Single(f => f.Label == "Download").Value);
    }
}
