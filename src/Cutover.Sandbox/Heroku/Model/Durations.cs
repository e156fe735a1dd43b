namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Reads the seed's short durations: <c>90s</c>, <c>3m</c>, <c>1h</c>, <c>2d</c>, or a TimeSpan (<c>00:03:00</c>).</summary>
internal static class Durations
{
    public static TimeSpan Parse(string text, string what)
    {
        var value = text.Trim();
        if (value.Length >= 2 && double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
        {
            switch (value[^1])
            {
                case 's': return TimeSpan.FromSeconds(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'd': return TimeSpan.FromDays(amount);
            }
        }

        if (TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span))
            return span;
        throw new InvalidOperationException($"Heroku simulator seed: {what} is \"{text}\", which is not a duration like 90s, 3m or 1h.");
    }
}
