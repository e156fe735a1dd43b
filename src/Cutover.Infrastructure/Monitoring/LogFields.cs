namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// Walks the <c>key=value</c> pairs of a router or runtime-metrics line; values may be double-quoted
/// (<c>desc="Request timeout"</c>, <c>path="/a b"</c>). Tokens without <c>=</c> are skipped.
/// </summary>
internal ref struct LogFields(ReadOnlySpan<char> text)
{
    private ReadOnlySpan<char> _rest = text;

    public ReadOnlySpan<char> Key { get; private set; }

    public ReadOnlySpan<char> Value { get; private set; }

    public bool MoveNext()
    {
        while (true)
        {
            _rest = _rest.TrimStart(' ');
            if (_rest.IsEmpty)
                return false;
            var end = _rest.IndexOfAny(' ', '=');
            if (end < 0)
                return false;
            if (_rest[end] == ' ')
            {
                _rest = _rest[(end + 1)..];
                continue;
            }

            Key = _rest[..end];
            var value = _rest[(end + 1)..];
            if (!value.IsEmpty && value[0] == '"')
            {
                var close = value[1..].IndexOf('"');
                Value = close < 0 ? value[1..] : value.Slice(1, close);
                _rest = close < 0 ? [] : value[(close + 2)..];
            }
            else
            {
                var space = value.IndexOf(' ');
                Value = space < 0 ? value : value[..space];
                _rest = space < 0 ? [] : value[(space + 1)..];
            }

            return true;
        }
    }
}
