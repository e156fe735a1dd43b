namespace Cutover.Chat.Teams;

/// <summary>
/// Which service URLs Cutover will send its Connector token to: https anywhere, plain http only on loopback
/// (tests, the Emulator). A service URL comes from a validated activity (the token's <c>serviceurl</c> claim).
/// </summary>
public static class ConnectorEndpoint
{
    /// <summary>The service URL as a base address with a trailing slash; throws <see cref="ArgumentException"/> naming the problem.</summary>
    public static Uri BaseAddress(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url))
            throw new ArgumentException($"The Teams service URL '{serviceUrl}' is not an absolute URL.", nameof(serviceUrl));
        if (!IsAllowed(url))
            throw new ArgumentException($"The Teams service URL '{url}' must use https (plain http is allowed on loopback only).", nameof(serviceUrl));
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    /// <summary>https, or http to a loopback host.</summary>
    public static bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url));
    }

    /// <summary>localhost, 127.0.0.0/8 or ::1.</summary>
    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));
    }
}
