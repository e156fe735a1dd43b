namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// The run whose step is calling Heroku on this async flow, so <see cref="ApiLatency"/> counts the calls for that run. Set
/// it at the start of an async method (a step's execution): the value flows into everything that method awaits and is
/// gone again for its caller when it returns.
/// </summary>
public static class HerokuCallContext
{
    private static readonly AsyncLocal<long?> Current = new();

    /// <summary>The run being worked on this flow, or null outside a step.</summary>
    public static long? RunId
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}
