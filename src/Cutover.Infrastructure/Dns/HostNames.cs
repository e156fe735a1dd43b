namespace Cutover.Infrastructure.Dns;

/// <summary>Host-name handling shared by the lookup and the providers.</summary>
internal static class HostNames
{
    /// <summary>Lower case, trimmed, without the trailing dot; null when not a DNS host name.</summary>
    public static string? Normalize(string? hostname)
    {
        var name = hostname?.Trim().TrimEnd('.').ToLowerInvariant();
        return string.IsNullOrEmpty(name) || name.Length > 253 || !name.Contains('.', StringComparison.Ordinal)
            || Uri.CheckHostName(name) != UriHostNameType.Dns
            ? null
            : name;
    }

    /// <summary>The name and its parents with at least two labels: <c>a.b.example.com</c>, <c>b.example.com</c>, <c>example.com</c>.</summary>
    public static IEnumerable<string> SelfAndParents(string name)
    {
        for (var current = name; current.Contains('.', StringComparison.Ordinal); current = current[(current.IndexOf('.', StringComparison.Ordinal) + 1)..])
            yield return current;
    }

    /// <summary>Whether two names are the same, ignoring case and a trailing dot.</summary>
    public static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd('.'), b.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
