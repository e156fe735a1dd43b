namespace Cutover.Sandbox.Heroku;

/// <summary>
/// Controls over what an app's log streams show next (the same ones <c>POST /__simulator/logs/{app}</c> offers):
/// router errors (H codes), dyno errors (R codes), dyno state changes or any line. Injected lines carry the
/// simulator's current time and appear once, in the next log stream whose session filters let them through.
/// Bad input (unknown app, code or dyno; a count out of range) throws <see cref="ArgumentException"/>.
/// </summary>
public static class HerokuSimulatorLogExtensions
{
    /// <summary>Most lines one call may inject.</summary>
    public const int MaxLines = 10_000;

    /// <summary>
    /// <paramref name="count"/> router lines with <paramref name="code"/> (<c>H10</c>, <c>H12</c>, <c>H14</c>, …), as
    /// Heroku logs them: <c>at=error code=H12 desc="Request timeout" … status=503</c>.
    /// </summary>
    internal static void InjectRouterErrorsApi(HerokuSimulator simulator, string app, string code, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var counted = Count(count);
        simulator.Run(w =>
        {
            var target = w.App(app);
            w.InjectLogLines(target, InjectedErrors.RouterLines(target, code, counted, w.Now).ToList());
            return 0;
        });
    }

    /// <summary><paramref name="count"/> <c>Error Rxx (…)</c> lines (<c>R14</c>, <c>R15</c>, …) from the app's dyno <paramref name="dyno"/>.</summary>
    internal static void InjectDynoErrorsApi(HerokuSimulator simulator, string app, string dyno, string code, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var counted = Count(count);
        simulator.Run(w =>
        {
            var target = w.App(app);
            w.InjectLogLines(target, InjectedErrors.RuntimeLines(Dyno(target, dyno), code, counted, w.Now).ToList());
            return 0;
        });
    }

    /// <summary>A <c>State changed from <paramref name="from"/> to <paramref name="to"/></c> line from the app's dyno.</summary>
    internal static void InjectDynoStateApi(HerokuSimulator simulator, string app, string dyno, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        simulator.Run(w =>
        {
            var target = w.App(app);
            w.InjectLogLines(target, [new InjectedLogLine(w.Now, "heroku", Dyno(target, dyno).Name, $"State changed from {from} to {to}")]);
            return 0;
        });
    }

    /// <summary>Any line, written as <c>source[process]: message</c> (e.g. <c>heroku[router]: at=info … status=200</c>); the timestamp is added.</summary>
    internal static void InjectLogLineApi(HerokuSimulator simulator, string app, string line)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var (source, process, message) = Parse(line);
        simulator.Run(w =>
        {
            w.InjectLogLines(w.App(app), [new InjectedLogLine(w.Now, source, process, message)]);
            return 0;
        });
    }

    /// <summary>Injected lines of <paramref name="app"/> no log stream has shown yet.</summary>
    internal static int PendingLogLinesApi(HerokuSimulator simulator, string app)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return simulator.Run(w => w.PendingLogLines(w.App(app)));
    }

    /// <summary>Forgets the injected lines of <paramref name="app"/> no stream has shown yet.</summary>
    internal static void ClearLogLinesApi(HerokuSimulator simulator, string app)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        simulator.Run(w =>
        {
            w.ClearLogLines(w.App(app));
            return 0;
        });
    }

    /// <inheritdoc cref="InjectRouterErrorsApi"/>
    public static void InjectRouterErrors(this HerokuSimulator simulator, string app, string code, int count = 1) =>
        AsArgumentError(() => InjectRouterErrorsApi(simulator, app, code, count));

    /// <inheritdoc cref="InjectDynoErrorsApi"/>
    public static void InjectDynoErrors(this HerokuSimulator simulator, string app, string dyno, string code, int count = 1) =>
        AsArgumentError(() => InjectDynoErrorsApi(simulator, app, dyno, code, count));

    /// <inheritdoc cref="InjectDynoStateApi"/>
    public static void InjectDynoState(this HerokuSimulator simulator, string app, string dyno, string from, string to) =>
        AsArgumentError(() => InjectDynoStateApi(simulator, app, dyno, from, to));

    /// <inheritdoc cref="InjectLogLineApi"/>
    public static void InjectLogLine(this HerokuSimulator simulator, string app, string line) =>
        AsArgumentError(() => InjectLogLineApi(simulator, app, line));

    /// <inheritdoc cref="PendingLogLinesApi"/>
    public static int PendingLogLines(this HerokuSimulator simulator, string app)
    {
        var pending = 0;
        AsArgumentError(() => pending = PendingLogLinesApi(simulator, app));
        return pending;
    }

    /// <inheritdoc cref="ClearLogLinesApi"/>
    public static void ClearLogLines(this HerokuSimulator simulator, string app) =>
        AsArgumentError(() => ClearLogLinesApi(simulator, app));

    /// <summary>The C# controls answer bad input as .NET does; the HTTP control turns the same problems into 404/422.</summary>
    private static void AsArgumentError(Action control)
    {
        try
        {
            control();
        }
        catch (HerokuApiException problem)
        {
            throw new ArgumentException(problem.Message, problem);
        }
    }

    private static int Count(int count) =>
        count is >= 1 and <= MaxLines ? count : throw HerokuApiException.InvalidParams($"count must be between 1 and {MaxLines}.");

    private static SimDyno Dyno(SimApp app, string name) =>
        app.Dynos.FirstOrDefault(d => d.Name == name)
        ?? throw HerokuApiException.InvalidParams($"{app.Name} has no dyno {name}; it has {string.Join(", ", app.Dynos.Select(d => d.Name).DefaultIfEmpty("none"))}.");

    private static (string Source, string Process, string Message) Parse(string line)
    {
        var open = line?.IndexOf('[', StringComparison.Ordinal) ?? -1;
        var close = line?.IndexOf("]: ", StringComparison.Ordinal) ?? -1;
        if (line is null || open <= 0 || close <= open + 1)
            throw HerokuApiException.InvalidParams("line must look like \"source[process]: message\", e.g. \"heroku[router]: at=info … status=200\".");
        var source = line[..open];
        if (source is not ("heroku" or "app"))
            throw HerokuApiException.InvalidParams("A log line's source is \"heroku\" or \"app\".");
        return (source, line[(open + 1)..close], line[(close + 3)..]);
    }
}
