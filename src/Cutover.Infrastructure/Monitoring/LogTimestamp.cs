namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// Parses the RFC 3339 timestamp that starts a Heroku log line (<c>2026-11-23T22:58:10.123456+00:00</c>) into
/// UTC ticks without allocating. Lines arrive in order, so the date-and-second part is cached and most lines
/// only parse their fraction.
/// </summary>
internal sealed class LogTimestamp
{
    private readonly char[] _lastPrefix = new char[19];
    private long _lastPrefixTicks = -1;

    /// <summary>UTC ticks of <paramref name="text"/>, or false when it is not such a timestamp.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out long utcTicks)
    {
        utcTicks = 0;
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
            return false;
        var prefix = text[..19];
        long ticks;
        if (_lastPrefixTicks >= 0 && prefix.SequenceEqual(_lastPrefix))
            ticks = _lastPrefixTicks;
        else
        {
            if (!TryPrefix(prefix, out ticks))
                return false;
            prefix.CopyTo(_lastPrefix);
            _lastPrefixTicks = ticks;
        }

        var i = 19;
        if (text[i] == '.')
        {
            i++;
            long fraction = 0;
            var digits = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                if (digits < 7)
                {
                    fraction = (fraction * 10) + (text[i] - '0');
                    digits++;
                }

                i++;
            }

            for (; digits < 7; digits++)
                fraction *= 10;
            ticks += fraction;
        }

        if (i >= text.Length)
            return false;
        var sign = text[i];
        if (sign is 'Z' or 'z')
        {
            utcTicks = ticks;
            return i + 1 == text.Length;
        }

        if ((sign != '+' && sign != '-') || text.Length != i + 6 || text[i + 3] != ':'
            || !TryDigits(text.Slice(i + 1, 2), out var hours) || !TryDigits(text.Slice(i + 4, 2), out var minutes))
            return false;
        var offset = ((hours * 60) + minutes) * TimeSpan.TicksPerMinute;
        utcTicks = sign == '+' ? ticks - offset : ticks + offset;
        return true;
    }

    private static bool TryPrefix(ReadOnlySpan<char> text, out long ticks)
    {
        ticks = 0;
        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
