namespace Cutover.Core.Monitoring;

/// <summary>Text sparklines (<c>▁▂▃▄▅▆▇█</c>) for a series of samples, e.g. the 5xx rate per report.</summary>
public static class Sparkline
{
    private const string Bars = "▁▂▃▄▅▆▇█";

    /// <summary>
    /// One bar per value, scaled between <paramref name="min"/> and <paramref name="max"/> (the series' own
    /// range unless given); NaN is a gap (a space). A flat series is all low bars.
    /// </summary>
    public static string Render(IReadOnlyList<double> values, double? min = null, double? max = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var present = values.Where(v => !double.IsNaN(v)).ToList();
        if (present.Count == 0)
            return new string(' ', values.Count);
        var low = min ?? present.Min();
        var high = max ?? present.Max();
        var span = high - low;
        return string.Create(values.Count, (values, low, span), static (chars, state) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                var value = state.values[i];
                if (double.IsNaN(value))
                {
                    chars[i] = ' ';
                    continue;
                }

                var level = state.span <= 0 ? 0 : (int)Math.Round((value - state.low) / state.span * (Bars.Length - 1), MidpointRounding.AwayFromZero);
                chars[i] = Bars[Math.Clamp(level, 0, Bars.Length - 1)];
            }
        });
    }
}
