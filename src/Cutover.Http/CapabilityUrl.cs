namespace Cutover.Http;

/// <summary>
/// An address that is itself a credential (Slack's pre-signed upload URL): the request is marked, and Cutover's
/// telemetry records only its scheme and host, never the path that grants access.
/// </summary>
public static class CapabilityUrl
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("cutover.capability-url");

    public static void Mark(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(Key, true);
    }

    public static bool IsMarked(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(Key, out var marked) && marked;
    }

    /// <summary>What may be recorded of <paramref name="url"/>: <c>https://files.slack.com/REDACTED</c>.</summary>
    public static string Redacted(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return $"{url.Scheme}://{url.Authority}/REDACTED";
    }
}
