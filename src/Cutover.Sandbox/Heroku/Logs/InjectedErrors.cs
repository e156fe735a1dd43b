using System.Collections.Frozen;

namespace Cutover.Sandbox.Heroku.Logs;

/// <summary>
/// The log lines Heroku writes for its error codes (Dev Center "Heroku Error Codes"): router lines for H codes,
/// <c>Error Rxx (…)</c> lines from the dyno for R codes.
/// </summary>
internal static class InjectedErrors
{
    /// <summary>H code → (desc, status, whether a dyno served it, service time, the client-side sock= prefix).</summary>
    private static readonly FrozenDictionary<string, (string Desc, int Status, bool Served, string Service, string? Sock)> Router =
        new Dictionary<string, (string, int, bool, string, string?)>(StringComparer.Ordinal)
        {
            ["H10"] = ("App crashed", 503, false, string.Empty, null),
            ["H11"] = ("Backlog too deep", 503, false, string.Empty, null),
            ["H12"] = ("Request timeout", 503, true, "30000ms", null),
            ["H13"] = ("Connection closed without response", 503, true, "3104ms", null),
            ["H14"] = ("No web processes running", 503, false, string.Empty, null),
            ["H15"] = ("Idle connection", 503, true, "55000ms", null),
            ["H18"] = ("Server Request Interrupted", 503, true, "1840ms", "backend"),
            ["H19"] = ("Backend connection timeout", 503, true, string.Empty, null),
            ["H20"] = ("App boot timeout", 503, false, string.Empty, null),
            ["H21"] = ("Backend connection refused", 503, true, string.Empty, null),
            ["H22"] = ("Connection limit reached", 503, false, string.Empty, null),
            ["H23"] = ("Endpoint misconfigured", 503, false, string.Empty, null),
            ["H24"] = ("Forced close", 503, true, "3600000ms", null),
            ["H25"] = ("HTTP Restriction", 403, false, string.Empty, null),
            ["H26"] = ("Request Error", 400, false, string.Empty, null),
            ["H27"] = ("Client Request Interrupted", 499, true, "1210ms", "client"),
            ["H28"] = ("Client Connection Idle", 499, true, "55000ms", "client"),
            ["H31"] = ("Misdirected Request", 421, false, string.Empty, null),
            ["H80"] = ("Maintenance mode", 503, false, string.Empty, null),
            ["H81"] = ("Blank app", 502, false, string.Empty, null),
            ["H83"] = ("Planned Service Degradation", 503, false, string.Empty, null),
            ["H99"] = ("Platform error", 503, false, string.Empty, null),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Runtime = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R10"] = "Error R10 (Boot timeout) -> Web process failed to bind to $PORT within 60 seconds of launch",
        ["R12"] = "Error R12 (Exit timeout) -> At least one process failed to exit within 30 seconds of SIGTERM",
        ["R13"] = "Error R13 (Attach error) -> Failed to attach to process",
        ["R14"] = "Error R14 (Memory quota exceeded)",
        ["R15"] = "Error R15 (Memory quota vastly exceeded)",
        ["R16"] = "Error R16 (Detached) -> An attached process is not responding to SIGHUP after its external connection was closed.",
        ["R17"] = "Error R17 (Checksum error) -> Checksum does match expected value.",
        ["R99"] = "Error R99 (Platform error)",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> RouterCodes => Router.Keys;

    public static IEnumerable<string> RuntimeCodes => Runtime.Keys;

    /// <summary>Router lines for <paramref name="code"/>, served (when the code has a dyno) by the app's first web dyno.</summary>
    public static IEnumerable<InjectedLogLine> RouterLines(SimApp app, string code, int count, DateTimeOffset at)
    {
        if (!Router.TryGetValue(code, out var error))
            throw HerokuApiException.InvalidParams($"Unknown router error code {code}; use one of {string.Join(", ", Router.Keys)}.");
        var host = app.Domains.FirstOrDefault(d => d.Kind == "custom")?.Hostname ?? app.WebHost;
        var dyno = error.Served ? app.Dynos.FirstOrDefault(d => d.Type == "web")?.Name ?? string.Empty : string.Empty;
        var random = new Random(StableId.For("log-injection", $"{app.Name}/{code}/{at.UtcTicks}").GetHashCode());
        for (var i = 0; i < count; i++)
        {
            var head = error.Sock is null ? $"at=error code={code}" : $"sock={error.Sock} at={(error.Sock == "client" ? "warning" : "error")} code={code}";
            var connect = dyno.Length == 0 ? string.Empty : "1ms";
            var requestId = new Guid([.. Enumerable.Range(0, 16).Select(_ => (byte)random.Next(256))]);
            yield return new InjectedLogLine(at.AddMilliseconds(i), "heroku", "router",
                $"{head} desc=\"{error.Desc}\" method=GET path=\"/\" host={host} request_id={requestId} fwd=\"203.0.113.{random.Next(1, 255)}\" dyno={dyno} connect={connect} service={error.Service} status={error.Status} bytes={(dyno.Length == 0 ? string.Empty : "0")} protocol=https");
        }
    }

    /// <summary><c>Error Rxx (…)</c> lines from <paramref name="dyno"/>.</summary>
    public static IEnumerable<InjectedLogLine> RuntimeLines(SimDyno dyno, string code, int count, DateTimeOffset at)
    {
        if (!Runtime.TryGetValue(code, out var message))
            throw HerokuApiException.InvalidParams($"Unknown runtime error code {code}; use one of {string.Join(", ", Runtime.Keys)}.");
        for (var i = 0; i < count; i++)
            yield return new InjectedLogLine(at.AddMilliseconds(i), "heroku", dyno.Name, message);
    }
}
