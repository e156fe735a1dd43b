namespace Cutover.Tests.Commands;

public class CommandParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset SixPmUtc = new(2026, 12, 1, 18, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string, Command> Forms => new()
    {
        { "help", "help", new HelpCommand() },
        { "help in capitals", "HELP", new HelpCommand() },
        { "plan without time", "plan legacy-app to eu-space", new PlanCommand("legacy-app", "eu-space", null) },
        { "plan with extra spacing and capitals", "  PLAN   legacy-app   TO  eu-space ", new PlanCommand("legacy-app", "eu-space", null) },
        { "plan with longest app name", $"plan a{new string('b', 29)} to eu-space", new PlanCommand($"a{new string('b', 29)}", "eu-space", null) },
        { "plan at a UTC time", "plan legacy-app to eu-space at 2026-12-01T18:00Z", new PlanCommand("legacy-app", "eu-space", SixPmUtc) },
        { "plan at a +01:00 time", "plan legacy-app to eu-space at 2026-12-01T19:00+01:00", new PlanCommand("legacy-app", "eu-space", SixPmUtc) },
        { "plan at a -05:00 time with seconds", "plan legacy-app to eu-space AT 2026-12-01T13:00:30.5-05:00", new PlanCommand("legacy-app", "eu-space", SixPmUtc.AddSeconds(30.5)) },
        { "status of everything", "status", new StatusCommand(null) },
        { "status of one app", "Status legacy-app", new StatusCommand("legacy-app") },
        { "list", "list", new ListCommand() },
        { "approve by step id", "approve 12 deploy", new DecideCommand(12, Step("deploy"), Verdict.Approve, null) },
        { "approve by step number and #run", "approve #12 5", new DecideCommand(12, Step("deploy"), Verdict.Approve, null) },
        { "approve with capitals", "APPROVE 12 Deploy", new DecideCommand(12, Step("deploy"), Verdict.Approve, null) },
        { "approve with a comment", "approve 12 deploy looks good", new DecideCommand(12, Step("deploy"), Verdict.Approve, "looks good") },
        { "reject keeps the reason's spacing", "reject 12 9 not  during   business hours ", new DecideCommand(12, Step("data-cutover"), Verdict.Reject, "not  during   business hours") },
        { "retry", "retry #3 data-cutover", new RetryCommand(3, Step("data-cutover")) },
        { "retry deploy from a source", "retry 3 deploy from <https://codeload.example.com/acme/app/tar.gz/v2>", new RetryCommand(3, Step("deploy"), new Uri("https://codeload.example.com/acme/app/tar.gz/v2")) },
        { "skip by number", "Skip 3 1", new SkipCommand(3, Step("maintenance-page")) },
        { "skip with leading zero", "skip 3 01", new SkipCommand(3, Step("maintenance-page")) },
        { "skip with a reason", "skip 3 dns-ttl records are on a CDN", new SkipCommand(3, Step("dns-ttl"), "records are on a CDN") },
        { "waive with a reason", "waive 3 records are on a CDN", new WaiveCommand(3, "records are on a CDN") },
        { "audit, first page", "audit #3", new AuditCommand(3, 1) },
        { "audit, a later page", "AUDIT 3 2", new AuditCommand(3, 2) },
        { "rollback", "rollback #3", new RollbackCommand(3) },
        { "pause with a reason", "pause incident 4121: database failover", new PauseCommand("incident 4121: database failover") },
        { "resume", "Resume", new ResumeCommand() },
        { "abort without reason", "abort 7", new AbortCommand(7, null) },
        { "abort keeps the reason's spacing", "abort #7 window   moved to friday", new AbortCommand(7, "window   moved to friday") },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parse_GrammarForm_GivesTheCommand(string row, string text, Command expected)
    {
        var result = CommandParser.Parse(text, Now);

        Assert.False(result.IsRefused, $"{row}: {result}");
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("2026-12-01T18:00Z")]
    [InlineData("2026-12-01T19:00+01:00")]
    [InlineData("2026-12-01T10:00-08:00")]
    public void Parse_PlanTimeWithOffset_IsConvertedToUtc(string time)
    {
        var result = CommandParser.Parse($"plan legacy-app to eu-space at {time}", Now);

        var plan = Assert.IsType<PlanCommand>(result.Value);
        Assert.Equal(SixPmUtc, plan.CutoverAt);
        Assert.Equal(TimeSpan.Zero, plan.CutoverAt!.Value.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Parse_EmptyText_IsHelp(string? text) =>
        Assert.IsType<HelpCommand>(CommandParser.Parse(text, Now).Value);

    [Fact]
    public void Parse_UnknownVerbFarFromAnyCommand_ListsCommandsWithoutGuessing()
    {
        var result = CommandParser.Parse("frobnicate now", Now);

        Assert.True(result.IsRefused);
        Assert.Contains("Unknown command `frobnicate`", result.Refusal.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains(CommandParser.Usage, result.Refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("retry 3 deploy from http://example.com/src.tar.gz", "is not an https URL")]
    [InlineData("retry 3 deploy from not-a-url", "is not an https URL")]
    [InlineData("retry 3 scale from https://example.com/src.tar.gz", "Only the deploy step builds from a source")]
    [InlineData("retry 3 deploy to https://example.com/src.tar.gz", "Unexpected")]
    public void Parse_RetryFromSomethingUnusable_SaysWhatItNeeds(string text, string expected)
    {
        var result = CommandParser.Parse(text, Now);

        Assert.True(result.IsRefused);
        Assert.Contains(expected, result.Refusal.Reason, StringComparison.Ordinal);
    }

    private static StepDefinition Step(string id) => RunbookCatalog.Get(id);
}
