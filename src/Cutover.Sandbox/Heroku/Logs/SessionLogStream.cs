namespace Cutover.Sandbox.Heroku.Logs;

/// <summary>
/// What a log session's <c>logplex_url</c> streams: the generated traffic (<see cref="LogLineGenerator"/>, seeded by
/// the app's name and the session's time and filters, so the same app at the same time gives the same lines),
/// the dynos' state changes in the window, and the lines injected through the simulator's controls — in time order.
/// </summary>
internal static class SessionLogStream
{
    public static List<string> Lines(SimWorld world, SimLogSession session)
    {
        var seeded = new SimLogSession
        {
            Id = StableId.For("log-session", $"{session.App.Name}/{session.CreatedAt.UtcTicks}/{session.Lines}/{session.Tail}/{session.Source}/{session.DynoName}/{session.Type}"),
            App = session.App,
            Lines = session.Lines,
            Tail = session.Tail,
            Source = session.Source,
            DynoName = session.DynoName,
            Type = session.Type,
            CreatedAt = session.CreatedAt,
        };
        var generated = LogLineGenerator.Generate(world, seeded);
        var from = generated.Count > 0 && DateTimeOffset.TryParse(generated[0].AsSpan(0, generated[0].IndexOf(' ')), out var first)
            ? first
            : world.Now - TimeSpan.FromHours(1);
        var extra = StateChanges(session, from, world.Now).Concat(world.TakeLogLines(session)).Select(l => l.Render());
        return [.. generated.Concat(extra).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// What a tailing session streams next: what happened after <paramref name="from"/> up to now, the traffic from
    /// its line due at <paramref name="next"/>; and when the next traffic line is due.
    /// </summary>
    public static (List<string> Lines, DateTimeOffset Next) Since(SimWorld world, SimLogSession session, DateTimeOffset from, DateTimeOffset next)
    {
        var extra = StateChanges(session, from, world.Now).Concat(world.TakeLogLines(session)).Select(l => l.Render());
        var traffic = LogLineGenerator.Between(session, next, world.Now);
        return ([.. traffic.Lines.Concat(extra).Order(StringComparer.Ordinal)], traffic.Next);
    }

    /// <summary>Whether the session's filters let a line of <paramref name="source"/>[<paramref name="process"/>] through.</summary>
    public static bool Wanted(SimLogSession session, string source, string process)
    {
        var type = process.Split('.', '-')[0];
        return (session.Source is null || session.Source == source)
            && (session.DynoName is null || session.DynoName == process)
            && (session.Type is null || session.Type == type);
    }

    /// <summary><c>State changed from starting to up|crashed</c> for dynos that settled within the window.</summary>
    private static IEnumerable<InjectedLogLine> StateChanges(SimLogSession session, DateTimeOffset from, DateTimeOffset to)
    {
        foreach (var dyno in session.App.Dynos.Where(d => d.State is "up" or "crashed" && d.UpdatedAt > from && d.UpdatedAt <= to))
        {
            if (!Wanted(session, "heroku", dyno.Name))
                continue;
            if (dyno.State == "crashed")
                yield return new InjectedLogLine(dyno.UpdatedAt.AddMilliseconds(-10), "heroku", dyno.Name, "Process exited with status 1");
            yield return new InjectedLogLine(dyno.UpdatedAt, "heroku", dyno.Name, $"State changed from starting to {dyno.State}");
        }
    }
}
