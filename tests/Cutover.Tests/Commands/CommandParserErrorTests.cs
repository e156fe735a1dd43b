namespace Cutover.Tests.Commands;

public class CommandParserErrorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("misspelt verb", "aprove 12 deploy", "Unknown command `aprove`", "did you mean `approve`?")]
    [InlineData("misspelt verb in capitals", "Stauts", "Unknown command `Stauts`", "did you mean `status`?")]
    [InlineData("plan without app", "plan", "`plan` needs the app and the target space", "plan <app> to <space>")]
    [InlineData("plan without to", "plan legacy-app", "Missing the target space", "`plan legacy-app to <space>`")]
    [InlineData("plan with another word for to", "plan legacy-app into eu-space", "Expected `to`", "found `into`", "`plan legacy-app to <space>`")]
    [InlineData("plan without space", "plan legacy-app to", "Missing the target space after `to`")]
    [InlineData("space in capitals", "plan legacy-app to EU-Space", "Space names are lowercase", "did you mean `eu-space`?")]
    [InlineData("space with double dash", "plan legacy-app to eu--space", "`eu--space` is not a Private Space name", "single dashes")]
    [InlineData("space too short", "plan legacy-app to eu", "`eu` is not a Private Space name", "at least 3")]
    [InlineData("space with underscore", "plan legacy-app to eu_space", "`eu_space` is not a Private Space name")]
    [InlineData("time without offset", "plan legacy-app to eu-space at 2026-12-01T18:00", "`2026-12-01T18:00` is not an ISO-8601 time with a UTC offset", "`2026-12-01T18:00Z`")]
    [InlineData("time as a word", "plan legacy-app to eu-space at tomorrow", "`tomorrow` is not an ISO-8601 time", "`2026-12-01T19:00+01:00`")]
    [InlineData("time that does not exist", "plan legacy-app to eu-space at 2026-02-30T18:00Z", "`2026-02-30T18:00Z` is not an ISO-8601 time")]
    [InlineData("time in the past", "plan legacy-app to eu-space at 2026-03-01T19:00+01:00", "2026-03-01 18:00 UTC is in the past", "it is now 2026-03-02 09:00 UTC")]
    [InlineData("time exactly now", "plan legacy-app to eu-space at 2026-03-02T09:00Z", "is in the past")]
    [InlineData("at without time", "plan legacy-app to eu-space at", "Missing the cutover time after `at`", "`at 2026-12-01T18:00Z`")]
    [InlineData("word instead of at", "plan legacy-app to eu-space tomorrow", "Unexpected `tomorrow`", "plan <app> to <space> [at <ISO-8601 time>]")]
    [InlineData("tokens after the time", "plan legacy-app to eu-space at 2026-12-01T18:00Z please  now", "Unexpected `please  now`")]
    [InlineData("app in capitals", "plan Legacy-App to eu-space", "Heroku app names are lowercase", "did you mean `legacy-app`?")]
    [InlineData("app too short", "plan ab to eu-space", "`ab` is not a Heroku app name", "3–30 characters")]
    [InlineData("app of 31 characters", "plan abcdefghijabcdefghijabcdefghijk to eu-space", "is not a Heroku app name", "3–30 characters")]
    [InlineData("app starting with a digit", "plan 1legacy to eu-space", "`1legacy` is not a Heroku app name", "starting with a letter")]
    [InlineData("app ending with a dash", "plan legacy- to eu-space", "`legacy-` is not a Heroku app name", "not ending with a dash")]
    [InlineData("app with underscore", "plan legacy_app to eu-space", "`legacy_app` is not a Heroku app name", "lowercase letters, digits and dashes")]
    [InlineData("status of app in capitals", "status Legacy-App", "did you mean `legacy-app`?", "(`status <app>`)")]
    [InlineData("status with two apps", "status legacy-app other-app", "Unexpected `other-app`", "`status [<app>]`")]
    [InlineData("list with extra", "list all", "Unexpected `all`", "`list`")]
    [InlineData("run zero", "approve 0 deploy", "`0` is not a run number", "see `list`")]
    [InlineData("negative run", "approve -1 deploy", "`-1` is not a run number")]
    [InlineData("run as a word", "retry abc deploy", "`abc` is not a run number")]
    [InlineData("run #0", "skip #0 deploy", "`#0` is not a run number")]
    [InlineData("abort run as a word", "abort abc", "`abc` is not a run number")]
    [InlineData("unknown step id", "approve 12 migrate", "`migrate` is not a runbook step", "5 deploy", "15 decommission")]
    [InlineData("step number past the end", "approve 12 17", "`17` is not a runbook step")]
    [InlineData("reject without reason", "reject 12 deploy", "A rejection needs a reason", "`reject 12 deploy <reason>`")]
    [InlineData("approve without step", "approve 12", "`approve` needs a run number and a step", "`approve 12 deploy`")]
    [InlineData("approve without anything", "approve", "`approve` needs a run number and a step")]
    [InlineData("skip without step", "skip 12", "`skip` needs a run number and a step", "`skip <run> <step>`")]
    [InlineData("retry with extra", "retry 12 deploy now", "Unexpected `now`", "`retry <run> <step>`")]
    [InlineData("waive without reason", "waive 12", "A waiver needs a reason", "`waive 12 <reason>`")]
    [InlineData("audit without run", "audit", "`audit` needs the run number", "`audit <run> [page]`")]
    [InlineData("audit page as a word", "audit 3 last", "`last` is not a page number", "`audit 3 2`")]
    [InlineData("audit page zero", "audit 3 0", "`0` is not a page number")]
    [InlineData("audit with extra", "audit 3 2 csv", "Unexpected `csv`", "`audit <run> [page]`")]
    [InlineData("abort without run", "abort", "`abort` needs the run number", "`abort <run> [reason]`")]
    [InlineData("pause without reason", "pause", "`pause` needs a reason", "`pause <reason>`")]
    [InlineData("resume with extra", "resume now", "Unexpected `now`", "`resume`")]
    public void Parse_Mistake_IsRefusedSayingWhatToFix(string row, string text, params string[] fragments)
    {
        var result = CommandParser.Parse(text, Now);

        Assert.True(result.IsRefused, $"{row}: expected a refusal, got {result}");
        Assert.All(fragments, fragment => Assert.True(
            result.Refusal.Reason.Contains(fragment, StringComparison.Ordinal),
            $"{row}: \"{result.Refusal.Reason}\" should contain \"{fragment}\""));
    }
}
