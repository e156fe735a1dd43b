using HdrHistogram;

namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// Summarises a Heroku log stream line by line in constant memory: counters, a fixed-size HdrHistogram of
/// router service times (3 significant digits, up to 10 minutes), and one small entry per dyno and process
/// type seen (at most <see cref="MaxDynos"/>). A line costs no allocation unless it names a dyno or type
/// for the first time. Reads <c>heroku[router]</c> lines, <c>heroku[&lt;dyno&gt;]</c> runtime metrics, state
/// changes and <c>Error Rxx</c> lines; everything else only counts as a line. Not thread-safe.
/// </summary>
public sealed partial class TrafficSummariser
{
    /// <summary>Dynos (and process types) tracked at most; lines about others still count towards the totals.</summary>
    public const int MaxDynos = 1000;

    private const long HighestServiceMs = 600_000;
    private const int CodeLetters = 3;

    private readonly LongHistogram _service = new(1, HighestServiceMs, 3);
    private readonly long[] _codes = new long[CodeLetters * 100];
    private readonly long[] _statusClasses = new long[6];
    private readonly LogTimestamp _timestamps = new();
    private readonly Dictionary<string, DynoTracker> _dynos = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeTracker> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DynoTracker>.AlternateLookup<ReadOnlySpan<char>> _dynoLookup;
    private readonly Dictionary<string, TypeTracker>.AlternateLookup<ReadOnlySpan<char>> _typeLookup;
    private long _lines;
    private long _requests;
    private long _maxServiceMs = -1;
    private long _firstTicks = long.MaxValue;
    private long _lastTicks = long.MinValue;
    private long? _sinceTicks;

    public TrafficSummariser()
    {
        _dynoLookup = _dynos.GetAlternateLookup<ReadOnlySpan<char>>();
        _typeLookup = _types.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Lines read so far.</summary>
    public long Lines => _lines;

    /// <summary>Only lines stamped after this are read (<see cref="LogWindow.Since"/>); lines without a timestamp are passed over too.</summary>
    public DateTimeOffset? Since
    {
        get => _sinceTicks is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
        set => _sinceTicks = value?.UtcTicks;
    }

    /// <summary>Reads one line (<c>timestamp source[dyno]: message</c>, without the newline).</summary>
    public void Add(string line) => Add(line.AsSpan());

    /// <summary>Reads one line (<c>timestamp source[dyno]: message</c>, without the newline).</summary>
    public void Add(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        var ticks = 0L;
        var stamped = space > 0 && _timestamps.TryParse(line[..space], out ticks);
        if (_sinceTicks is { } since && (!stamped || ticks <= since))
            return;
        _lines++;
        if (space <= 0)
            return;
        if (stamped)
        {
            if (ticks < _firstTicks)
                _firstTicks = ticks;
            if (ticks > _lastTicks)
                _lastTicks = ticks;
            line = line[(space + 1)..];
        }

        var open = line.IndexOf('[');
        if (open <= 0 || open > 16)
            return;
        var close = line.IndexOf("]: ");
        if (close < open)
            return;
        if (!line[..open].SequenceEqual("heroku"))
            return;
        var process = line[(open + 1)..close];
        var message = line[(close + 3)..];
        if (process.SequenceEqual("router"))
            AddRouter(message);
        else
            AddPlatform(process, message, ticks);
    }

    /// <summary>The summary of every line read so far; reading can go on afterwards.</summary>
    public TrafficSummary Summarise()
    {
        var errors = new List<ErrorCodeCount>();
        for (var i = 0; i < _codes.Length; i++)
        {
            if (_codes[i] > 0)
                errors.Add(new ErrorCodeCount(string.Create(CultureInfo.InvariantCulture, $"{"HRL"[i / 100]}{i % 100:00}"), _codes[i]));
        }

        ServiceTimes? service = _service.TotalCount == 0
            ? null
            : new ServiceTimes(_service.TotalCount, Percentile(50), Percentile(95), Percentile(99), _maxServiceMs);
        return new TrafficSummary(
            _firstTicks == long.MaxValue ? null : new DateTimeOffset(_firstTicks, TimeSpan.Zero),
            _lastTicks == long.MinValue ? null : new DateTimeOffset(_lastTicks, TimeSpan.Zero),
            _lines,
            _requests,
            new StatusClassCounts(_statusClasses[1], _statusClasses[2], _statusClasses[3], _statusClasses[4], _statusClasses[5]),
            service,
            [.. errors.OrderByDescending(e => e.Count).ThenBy(e => e.Code, StringComparer.Ordinal)],
            [.. _dynos.Values.Where(d => d.Changes > 0).OrderBy(d => d.Name, DynoNameComparer.Instance)
                .Select(d => new DynoStateSummary(d.Name, d.State!, d.Changes, d.Crashes, d.ChangedTicks < 0 ? null : new DateTimeOffset(d.ChangedTicks, TimeSpan.Zero)))],
            [.. _types.Values.Where(t => t.MemorySamples > 0 || t.LoadSamples > 0).OrderBy(t => t.Name, StringComparer.Ordinal)
                .Select(t => new DynoTypeMetrics(t.Name, t.Dynos, t.MemorySamples, t.MemoryMaxMb,
                    t.MemorySamples == 0 ? 0 : t.MemorySumMb / t.MemorySamples, t.QuotaMb > 0 ? t.QuotaMb : null,
                    t.LoadSamples, t.LoadMax, t.LoadSamples == 0 ? 0 : t.LoadSum / t.LoadSamples))]);
    }

    /// <summary>Forgets everything read, keeping the allocated histogram and tables.</summary>
    public void Reset()
    {
        _service.Reset();
        Array.Clear(_codes);
        Array.Clear(_statusClasses);
        _dynos.Clear();
        _types.Clear();
        _lines = 0;
        _requests = 0;
        _maxServiceMs = -1;
        _firstTicks = long.MaxValue;
        _lastTicks = long.MinValue;
    }

    /// <summary>Summarises a whole sequence of lines.</summary>
    public static TrafficSummary Summarise(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var summariser = new TrafficSummariser();
        foreach (var line in lines)
            summariser.Add(line);
        return summariser.Summarise();
    }

    /// <summary>Summarises a stream of lines as they arrive.</summary>
    public static async Task<TrafficSummary> SummariseAsync(IAsyncEnumerable<string> lines, CancellationToken cancellationToken,
        DateTimeOffset? since = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var summariser = new TrafficSummariser { Since = since };
        await foreach (var line in lines.WithCancellation(cancellationToken).ConfigureAwait(false))
            summariser.Add(line);
        return summariser.Summarise();
    }

    /// <summary>The histogram's value at <paramref name="percentile"/>, never above the exact maximum.</summary>
    private long Percentile(double percentile) => Math.Min(_service.GetValueAtPercentile(percentile), _maxServiceMs);

    private void AddRouter(ReadOnlySpan<char> message)
    {
        var status = -1;
        var service = -1L;
        var fields = new LogFields(message);
        while (fields.MoveNext())
        {
            var key = fields.Key;
            var value = fields.Value;
            if (key.SequenceEqual("status"))
                _ = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out status);
            else if (key.SequenceEqual("service"))
                service = Milliseconds(value);
            else if (key.SequenceEqual("code"))
                CountCode(value);
        }

        if (status < 0)
            return;
        _requests++;
        var statusClass = status / 100;
        if (statusClass is >= 1 and <= 5)
            _statusClasses[statusClass]++;
        if (service >= 0)
        {
            service = Math.Min(service, HighestServiceMs);
            _service.RecordValue(service);
            _maxServiceMs = Math.Max(_maxServiceMs, service);
        }
    }

    private void CountCode(ReadOnlySpan<char> code)
    {
        if (code.Length != 3 || !char.IsAsciiDigit(code[1]) || !char.IsAsciiDigit(code[2]))
            return;
        var letter = code[0] switch
        {
            'H' => 0,
            'R' => 1,
            'L' => 2,
            _ => -1,
        };
        if (letter >= 0)
            _codes[(letter * 100) + ((code[1] - '0') * 10) + (code[2] - '0')]++;
    }

    private static long Milliseconds(ReadOnlySpan<char> value)
    {
        if (value.EndsWith("ms"))
            value = value[..^2];
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : -1;
    }
}
