namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Lines put into apps' logs by the simulator's controls, waiting for the next log stream that shows them.</summary>
internal sealed partial class SimWorld
{
    private readonly Dictionary<SimApp, List<InjectedLogLine>> _injectedLogLines = [];

    public void InjectLogLines(SimApp app, IEnumerable<InjectedLogLine> lines)
    {
        if (!_injectedLogLines.TryGetValue(app, out var pending))
            _injectedLogLines[app] = pending = [];
        pending.AddRange(lines);
    }

    public int PendingLogLines(SimApp app) => _injectedLogLines.TryGetValue(app, out var pending) ? pending.Count : 0;

    public void ClearLogLines(SimApp app) => _injectedLogLines.Remove(app);

    /// <summary>Removes and returns the pending lines the session's filters (source, dyno, type) let through.</summary>
    public List<InjectedLogLine> TakeLogLines(SimLogSession session)
    {
        if (!_injectedLogLines.TryGetValue(session.App, out var pending))
            return [];
        var taken = pending.Where(line => SessionLogStream.Wanted(session, line.Source, line.Process)).ToList();
        pending.RemoveAll(taken.Contains);
        return taken;
    }
}
