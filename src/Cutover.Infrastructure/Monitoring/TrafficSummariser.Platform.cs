namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// The platform's own lines (<c>heroku[&lt;dyno&gt;]</c>): runtime metrics (memory, load) per process type, dyno state
/// changes, <c>Error Rxx</c> codes; and the table of dynos and types they are kept in.
/// </summary>
public sealed partial class TrafficSummariser
{
    private void AddPlatform(ReadOnlySpan<char> process, ReadOnlySpan<char> message, long ticks)
    {
        if (message.StartsWith("source="))
            AddMetrics(message);
        else if (message.StartsWith("State changed from "))
            AddStateChange(process, message["State changed from ".Length..], ticks);
        else if (message.StartsWith("Error ") && message.Length >= 9)
            CountCode(message.Slice(6, 3));
    }

    private void AddMetrics(ReadOnlySpan<char> message)
    {
        DynoTracker? dyno = null;
        var fields = new LogFields(message);
        while (fields.MoveNext())
        {
            var key = fields.Key;
            if (key.SequenceEqual("source"))
            {
                dyno = Dyno(fields.Value);
                if (dyno is null)
                    return;
                if (!dyno.ReportedMetrics)
                {
                    dyno.ReportedMetrics = true;
                    dyno.Type.Dynos++;
                }

                continue;
            }

            if (dyno is null || !key.StartsWith("sample#"))
                continue;
            var sample = key["sample#".Length..];
            var type = dyno.Type;
            if (sample.SequenceEqual("memory_total") && Megabytes(fields.Value) is { } total)
            {
                type.MemorySamples++;
                type.MemorySumMb += total;
                type.MemoryMaxMb = Math.Max(type.MemoryMaxMb, total);
            }
            else if (sample.SequenceEqual("memory_quota") && Megabytes(fields.Value) is { } quota)
                type.QuotaMb = Math.Max(type.QuotaMb, quota);
            else if (sample.SequenceEqual("load_avg_1m")
                && double.TryParse(fields.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var load))
            {
                type.LoadSamples++;
                type.LoadSum += load;
                type.LoadMax = Math.Max(type.LoadMax, load);
            }
        }
    }

    private void AddStateChange(ReadOnlySpan<char> process, ReadOnlySpan<char> change, long ticks)
    {
        var to = change.IndexOf(" to ");
        if (to < 0 || Dyno(process) is not { } dyno)
            return;
        var state = change[(to + 4)..].TrimEnd();
        dyno.State = DynoStates.Name(state);
        dyno.Changes++;
        if (state.SequenceEqual("crashed"))
            dyno.Crashes++;
        if (ticks > 0)
            dyno.ChangedTicks = ticks;
    }

    private DynoTracker? Dyno(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
            return null;
        if (_dynoLookup.TryGetValue(name, out var dyno))
            return dyno;
        if (_dynos.Count >= MaxDynos)
            return null;
        var dot = name.IndexOf('.');
        var typeName = dot > 0 ? name[..dot] : name;
        if (!_typeLookup.TryGetValue(typeName, out var type))
        {
            type = new TypeTracker(typeName.ToString());
            _types.Add(type.Name, type);
        }

        dyno = new DynoTracker(name.ToString(), type);
        _dynos.Add(dyno.Name, dyno);
        return dyno;
    }

    private static double? Megabytes(ReadOnlySpan<char> value)
    {
        if (value.EndsWith("MB"))
            value = value[..^2];
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mb) ? mb : null;
    }
}
