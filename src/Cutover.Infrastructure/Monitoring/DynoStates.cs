namespace Cutover.Infrastructure.Monitoring;

/// <summary>The dyno states Heroku logs, as shared strings so a state change allocates nothing.</summary>
internal static class DynoStates
{
    private static readonly string[] Known = ["up", "starting", "crashed", "down", "idle", "restarting", "stopping"];

    public static string Name(ReadOnlySpan<char> state)
    {
        foreach (var known in Known)
        {
            if (state.SequenceEqual(known))
                return known;
        }

        return state.ToString();
    }
}
