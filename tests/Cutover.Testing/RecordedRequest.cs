namespace Cutover.Testing;

/// <summary>
/// A request as it reached the network, after every handler above <see cref="RecordingHandler"/>: its method, address,
/// <see cref="Path"/> (below the recorder's mount point when it has one), headers and body.
/// </summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Path, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    /// <summary><c>METHOD /path</c>, e.g. <c>GET /apps/demo-app</c>.</summary>
    public string Call => $"{Method.Method} {Path}";

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
