namespace Cutover.Core.Planning;

/// <summary>What of a URL may be shown in a thread: its scheme and host, never its user info, path or query (tokens live there).</summary>
public static class SafeUrl
{
    /// <summary><c>syslog+tls://logs.example.com:6514</c> for <c>syslog+tls://user:token@logs.example.com:6514/x?t=1</c>; "a URL" when it does not parse.</summary>
    public static string Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Host.Length > 0
            ? parsed.IsDefaultPort || parsed.Port < 0
                ? $"{parsed.Scheme}://{parsed.Host}"
                : $"{parsed.Scheme}://{parsed.Host}:{parsed.Port.ToString(CultureInfo.InvariantCulture)}"
            : "a URL";
}
