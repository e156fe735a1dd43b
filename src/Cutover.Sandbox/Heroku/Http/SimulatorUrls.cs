namespace Cutover.Sandbox.Heroku.Http;

/// <summary>
/// The simulator's own base URL as the caller reached it — scheme, host, PathBase and any group prefix the
/// host mounted it under — so URLs it hands out (log sessions, output streams) lead back to it.
/// </summary>
internal static class SimulatorUrls
{
    /// <summary>For a route under <c>/apps/{app}/…</c>: everything before that part of the request path.</summary>
    public static string Base(HttpContext http, string app)
    {
        var request = http.Request;
        var path = request.Path.Value ?? string.Empty;
        var at = path.LastIndexOf($"/apps/{app}", StringComparison.Ordinal);
        var prefix = at < 0 ? string.Empty : path[..at];
        return $"{request.Scheme}://{request.Host}{request.PathBase}{prefix}";
    }
}
