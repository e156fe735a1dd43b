using System.Text.RegularExpressions;

namespace Cutover.Core.Commands;

/// <summary>
/// The one grammar shared by Slack and Teams. Pure: text and the current time in, a command or a refusal
/// that says exactly what is wrong and how to write it out.
/// </summary>
public static partial class CommandParser
{
    public const string Usage =
        "`plan <app> to <space> [at <ISO-8601 time>]`, `status [<app>]`, `list`, `approve <run> <step>`, "
        + "`reject <run> <step> <reason>`, `retry <run> <step>`, `skip <run> <step> [reason]`, `abort <run> [reason]`, `rollback <run>`, "
        + "`waive <run> <reason>`, `audit <run> [page]`, `pause <reason>`, `resume`, `help`";

    /// <summary>Every command word, in the order help lists them.</summary>
    public static readonly IReadOnlyList<string> Verbs = ["plan", "status", "list", "approve", "reject", "retry", "skip", "abort", "rollback", "waive", "audit", "pause", "resume", "help"];

    public static Result<Command> Parse(string? text, DateTimeOffset now)
    {
        var tokens = Tokenize(text ?? string.Empty);
        if (tokens.Count == 0)
            return new HelpCommand();
        var verb = tokens[0].Text.ToLowerInvariant();
        var args = new Arguments(text!, tokens.Skip(1).ToList());
        return verb switch
        {
            "plan" => ParsePlan(args, now),
            "status" => args.Count switch
            {
                0 => new StatusCommand(null),
                1 => App(args[0], "status").Then<Command>(app => new StatusCommand(app)),
                _ => Extra(args, 1, "status [<app>]"),
            },
            "list" => args.Count == 0 ? new ListCommand() : Extra(args, 0, "list"),
            "help" => new HelpCommand(),
            "approve" => ParseDecision(args, Verdict.Approve),
            "reject" => ParseDecision(args, Verdict.Reject),
            "retry" => RunAndStep(args, "retry").Then<Command>(rs => args.Count switch
            {
                2 => new RetryCommand(rs.Run, rs.Step),
                4 when string.Equals(args[2], "from", StringComparison.OrdinalIgnoreCase) => RetryFrom(rs.Run, rs.Step, args[3]),
                _ => Extra(args, 2, "retry <run> <step>"),
            }),
            "skip" => RunAndStep(args, "skip").Then<Command>(rs => new SkipCommand(rs.Run, rs.Step, args.RestFrom(2))),
            "waive" => args.Count switch
            {
                0 => Refuse("`waive` needs the run number and a reason: `waive <run> <reason>`."),
                1 => RunNumber(args[0]).Then<Command>(run => Refuse($"A waiver needs a reason: `waive {run} <reason>`.")),
                _ => RunNumber(args[0]).Then<Command>(run => new WaiveCommand(run, args.RestFrom(1)!)),
            },
            "abort" => args.Count == 0
                ? Refuse("`abort` needs the run number: `abort <run> [reason]`.")
                : RunNumber(args[0]).Then<Command>(run => new AbortCommand(run, args.RestFrom(1))),
            "rollback" => args.Count switch
            {
                0 => Refuse("`rollback` needs the run number: `rollback <run>`."),
                1 => RunNumber(args[0]).Then<Command>(run => new RollbackCommand(run)),
                _ => Extra(args, 1, "rollback <run>"),
            },
            "audit" => args.Count switch
            {
                0 => Refuse("`audit` needs the run number: `audit <run> [page]`."),
                1 => RunNumber(args[0]).Then<Command>(run => new AuditCommand(run, 1)),
                2 => RunNumber(args[0]).Then<Command>(run => int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0
                    ? new AuditCommand(run, page)
                    : Refuse($"`{args[1]}` is not a page number: `audit {run} 2` shows the second page.")),
                _ => Extra(args, 2, "audit <run> [page]"),
            },
            "pause" => args.Count == 0
                ? Refuse("`pause` needs a reason everyone will read: `pause <reason>`, e.g. `pause incident 4121 on the database`.")
                : new PauseCommand(args.RestFrom(0)!),
            "resume" => args.Count == 0 ? new ResumeCommand() : Extra(args, 0, "resume"),
            _ => Refuse($"Unknown command `{tokens[0].Text}`{Suggest(verb)}. Commands: {Usage}."),
        };
    }

    private static Result<Command> ParsePlan(Arguments args, DateTimeOffset now)
    {
        const string usage = "`plan <app> to <space> [at <ISO-8601 time>]`";
        if (args.Count == 0)
            return Refuse($"`plan` needs the app and the target space: {usage}.");
        var app = App(args[0], "plan");
        if (app.IsRefused)
            return app.Refusal;
        if (args.Count == 1)
            return Refuse($"Missing the target space: `plan {app.Value} to <space>`.");
        if (!args[1].Equals("to", StringComparison.OrdinalIgnoreCase))
            return Refuse($"Expected `to` after the app name, found `{args[1]}`: `plan {app.Value} to <space>`.");
        if (args.Count == 2)
            return Refuse($"Missing the target space after `to`: `plan {app.Value} to <space>`.");
        if (HerokuNames.ExplainInvalidSpace(args[2]) is { } badSpace)
            return Refuse(badSpace);
        if (args.Count == 3)
            return new PlanCommand(app.Value, args[2], null);
        if (!args[3].Equals("at", StringComparison.OrdinalIgnoreCase))
            return Extra(args, 3, "plan <app> to <space> [at <ISO-8601 time>]");
        if (args.Count == 4)
            return Refuse("Missing the cutover time after `at`, e.g. `at 2026-12-01T18:00Z`.");
        if (args.Count > 5)
            return Extra(args, 5, "plan <app> to <space> [at <ISO-8601 time>]");
        return CutoverTime(args[4], now).Then<Command>(at => new PlanCommand(app.Value, args[2], at));
    }

    private static Result<Command> ParseDecision(Arguments args, Verdict verdict)
    {
        var verb = verdict == Verdict.Approve ? "approve" : "reject";
        var parsed = RunAndStep(args, verb);
        if (parsed.IsRefused)
            return parsed.Refusal;
        var reason = args.RestFrom(2);
        if (verdict == Verdict.Reject && reason is null)
            return Refuse($"A rejection needs a reason: `reject {parsed.Value.Run} {parsed.Value.Step.Id} <reason>`.");
        return new DecideCommand(parsed.Value.Run, parsed.Value.Step, verdict, reason);
    }

    private static Result<(long Run, StepDefinition Step)> RunAndStep(Arguments args, string verb)
    {
        if (args.Count < 2)
            return Result<(long, StepDefinition)>.Refuse(
                $"`{verb}` needs a run number and a step: `{verb} <run> <step>`, e.g. `{verb} 12 deploy`.");
        var run = RunNumber(args[0]);
        if (run.IsRefused)
            return run.Refusal;
        var step = RunbookCatalog.Find(args[1]);
        return step is null
            ? Result<(long, StepDefinition)>.Refuse($"`{args[1]}` is not a runbook step. Steps: {RunbookCatalog.Describe()}.")
            : (run.Value, step);
    }

    private static Result<long> RunNumber(string token)
    {
        var digits = token.StartsWith('#') ? token[1..] : token;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : Result<long>.Refuse($"`{token}` is not a run number; runs are numbered (see `list`).");
    }

    private static Result<string> App(string token, string verb) =>
        HerokuNames.ExplainInvalidApp(token) is { } reason
            ? Result<string>.Refuse(verb == "plan" ? reason : $"{reason} (`{verb} <app>`)")
            : token;

    private static Result<DateTimeOffset> CutoverTime(string token, DateTimeOffset now)
    {
        if (!IsoWithOffset().IsMatch(token)
            || !DateTimeOffset.TryParse(token, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return Result<DateTimeOffset>.Refuse(
                $"`{token}` is not an ISO-8601 time with a UTC offset; write e.g. `2026-12-01T18:00Z` or `2026-12-01T19:00+01:00`.");
        }

        return at > now
            ? at.ToUniversalTime()
            : Result<DateTimeOffset>.Refuse(
                $"The cutover time {at.ToUniversalTime():yyyy-MM-dd HH:mm} UTC is in the past (it is now {now.ToUniversalTime():yyyy-MM-dd HH:mm} UTC).");
    }

    private static Result<Command> Extra(Arguments args, int from, string usage) =>
        Refuse($"Unexpected `{args.RestFrom(from)}`; the command is `{usage}`.");

    private static Result<Command> Refuse(string reason) => Result<Command>.Refuse(reason);

    /// <summary><c>retry &lt;run&gt; deploy from &lt;url&gt;</c>: an https URL (Slack may send it as <c>&lt;url&gt;</c> or <c>&lt;url|label&gt;</c>).</summary>
    private static Result<Command> RetryFrom(long run, StepDefinition step, string url)
    {
        if (step.Id != StepIds.Deploy)
            return Refuse($"Only the deploy step builds from a source: `retry {run} deploy from <https URL of a source tarball>`.");
        var bare = url.Trim('<', '>').Split('|')[0];
        return Uri.TryCreate(bare, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.UserInfo)
            ? new RetryCommand(run, step, uri)
            : Refuse($"`{url}` is not an https URL of a source tarball (e.g. a GitHub archive link): `retry {run} deploy from https://…/source.tar.gz`.");
    }

    private static string Suggest(string verb)
    {
        var best = Verbs.MinBy(v => Distance(v, verb))!;
        return Distance(best, verb) <= 2 ? $" (did you mean `{best}`?)" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    private static List<Token> Tokenize(string text) =>
        Whitespace().Matches(text).Select(m => new Token(m.Value, m.Index)).ToList();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();

    private readonly record struct Token(string Text, int Index);

    private sealed class Arguments(string text, List<Token> tokens)
    {
        public int Count => tokens.Count;

        public string this[int index] => tokens[index].Text;

        /// <summary>The original text from token <paramref name="index"/> on (spacing kept), or null when there is none.</summary>
        public string? RestFrom(int index) => index < tokens.Count ? text[tokens[index].Index..].Trim() : null;
    }
}
