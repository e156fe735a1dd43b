using System.Collections.Frozen;
using System.Reflection;

namespace Cutover.Sandbox.Console;

/// <summary>
/// The console page: plain HTML, CSS and JavaScript modules embedded in this assembly (no build step). Every file under
/// <c>Console/Page</c> is served at its path there (<c>/console.css</c>, <c>/console.js</c>, <c>/console/api.js</c>, …)
/// and <c>index.html</c> also at <c>/</c>; any other path is not found.
/// </summary>
public static class ConsolePage
{
    /// <summary>The logical name of every page file starts with this; its path below <c>Console/Page</c> follows.</summary>
    private const string ResourcePrefix = "Cutover.Sandbox.Console.Page/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string ContentType, byte[] Content)> Assets = ReadAssets(typeof(ConsolePage).Assembly);

    /// <summary>Maps the page and every file it loads.</summary>
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

    private static FrozenDictionary<string, (string, byte[])> ReadAssets(Assembly assembly)
    {
        var assets = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var path = "/" + resource[ResourcePrefix.Length..].Replace('\\', '/');
            var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path))
                ?? throw new InvalidOperationException($"The console page file {path} is neither HTML, CSS nor JavaScript; the page serves only those.");
            assets[path] = (contentType, Read(assembly, resource));
        }

        if (!assets.TryGetValue("/index.html", out var index))
            throw new InvalidOperationException($"The console page resource {ResourcePrefix}index.html is missing from the build.");
        assets["/"] = index;
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console page resource {resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
