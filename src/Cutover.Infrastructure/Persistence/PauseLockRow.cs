namespace Cutover.Infrastructure.Persistence;

/// <summary>The pause, when Cutover is paused: the one row of <c>pause_lock</c>, whose fixed key lets only one exist.</summary>
public sealed class PauseLockRow(string by, string reason, DateTimeOffset since)
{
    /// <summary>The only key there is.</summary>
    public const int Singleton = 1;

    public int Id { get; private set; } = Singleton;

    public string By { get; private set; } = by;

    public string Reason { get; private set; } = reason;

    public DateTimeOffset Since { get; private set; } = since;
}
