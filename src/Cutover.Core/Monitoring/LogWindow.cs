namespace Cutover.Core.Monitoring;

/// <summary>
/// A bounded read of an app's logs: the last <see cref="RecentLines"/> lines Heroku keeps, optionally followed
/// by new ones (<see cref="Tail"/>), ending at <see cref="MaxLines"/> or <see cref="MaxDuration"/>, whichever
/// comes first. <see cref="Source"/> <c>heroku</c> (the default) keeps router, dyno-state and runtime-metrics
/// lines and drops the app's own output.
/// </summary>
public sealed record LogWindow
{
    /// <summary>The most history a Heroku log session returns.</summary>
    public const int MaxRecentLines = 1500;

    /// <summary>Lines of history to start with (0 to 1,500).</summary>
    public int RecentLines { get; init; } = MaxRecentLines;

    /// <summary>Keep reading new lines after the history, until a limit is reached.</summary>
    public bool Tail { get; init; }

    /// <summary>Stop after this many lines (history included).</summary>
    public int MaxLines { get; init; } = 100_000;

    /// <summary>Stop reading after this long, even in the middle of a stream.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary><c>heroku</c> (router and platform lines), <c>app</c> (the app's output) or null for both.</summary>
    public string? Source { get; init; } = "heroku";

    /// <summary>Only this process type (e.g. <c>web</c>), or null for all.</summary>
    public string? ProcessType { get; init; }

    /// <summary>
    /// Only lines stamped after this count (a health report's interval: the lines since the previous report); null for
    /// every line read. A line without a timestamp cannot be placed and is left out when this is set.
    /// </summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first limit out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(RecentLines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(RecentLines, MaxRecentLines);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxLines);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxDuration, TimeSpan.Zero);
        if (Source is not (null or "heroku" or "app"))
            throw new ArgumentOutOfRangeException(nameof(Source), Source, "Source must be \"heroku\", \"app\" or null.");
    }
}
