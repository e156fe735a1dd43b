namespace Cutover.Infrastructure.Monitoring;

/// <summary>Orders dyno names by type, then by number: <c>web.2</c> before <c>web.10</c>.</summary>
internal sealed class DynoNameComparer : IComparer<string>
{
    public static DynoNameComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return string.CompareOrdinal(x, y);
        var (xType, xNumber) = Split(x);
        var (yType, yNumber) = Split(y);
        var byType = string.CompareOrdinal(xType, yType);
        return byType != 0 ? byType : xNumber != yNumber ? xNumber.CompareTo(yNumber) : string.CompareOrdinal(x, y);
    }

    private static (string Type, long Number) Split(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && long.TryParse(name.AsSpan(dot + 1), out var number) ? (name[..dot], number) : (name, -1);
    }
}
