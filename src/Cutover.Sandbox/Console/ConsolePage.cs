using System.Collections.Frozen;

namespace Cutover.Sandbox.Console;

/// <summary>
/// The console page: plain HTML, CSS and JavaScript embedded in this assembly (no build step), served at <c>/</c>,
/// <c>/console.css</c> and <c>/console.js</c>.
/// </summary>
public static class ConsolePage
{
    private static readonly FrozenDictionary<string, (string ContentType, byte[] Content)> Assets = new Dictionary<string, (string, byte[])>
    {
        ["/"] = ("text/html; charset=utf-8", Read("index.html")),
        ["/console.css"] = ("text/css; charset=utf-8", Read("console.css")),
        ["/console.js"] = ("text/javascript; charset=utf-8", Read("console.js")),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Maps the page and its two assets.</summary>
    public static IEndpointRouteBuilder MapConsolePage(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var (path, (contentType, content)) in Assets)
        {
            routes.MapGet(path, (HttpContext http) =>
            {
                http.Response.Headers.CacheControl = "no-cache";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Results.Bytes(content, contentType);
            });
        }

        return routes;
    }

    private static byte[] Read(string name)
    {
        var resource = $"Cutover.Sandbox.Console.Page.{name}";
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console page resource {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
