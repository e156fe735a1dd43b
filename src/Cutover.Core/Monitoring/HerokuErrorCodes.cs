using System.Collections.Frozen;

namespace Cutover.Core.Monitoring;

/// <summary>
/// Heroku's router (H), runtime (R) and logging (L) error codes with a short meaning each
/// (<see href="https://devcenter.heroku.com/articles/error-codes">Dev Center: Heroku Error Codes</see>).
/// </summary>
public static class HerokuErrorCodes
{
    private static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["H10"] = "app crashed (web dyno crashed or boot timeout)",
        ["H11"] = "backlog too deep",
        ["H12"] = "request timeout (over 30 s)",
        ["H13"] = "connection closed without response",
        ["H14"] = "no web dynos running",
        ["H15"] = "idle connection",
        ["H17"] = "malformed HTTP response",
        ["H18"] = "server request interrupted",
        ["H19"] = "backend connection timeout",
        ["H20"] = "app boot timeout",
        ["H21"] = "backend connection refused",
        ["H22"] = "connection limit reached",
        ["H23"] = "endpoint misconfigured",
        ["H24"] = "forced close",
        ["H25"] = "HTTP restriction",
        ["H26"] = "request error",
        ["H27"] = "client request interrupted",
        ["H28"] = "client connection idle",
        ["H31"] = "misdirected request",
        ["H32"] = "TLS certificate mismatch",
        ["H80"] = "maintenance mode",
        ["H81"] = "blank app (no code deployed)",
        ["H83"] = "planned service degradation",
        ["H99"] = "platform error",
        ["R10"] = "boot timeout",
        ["R12"] = "exit timeout",
        ["R13"] = "attach error",
        ["R14"] = "memory quota exceeded",
        ["R15"] = "memory quota vastly exceeded",
        ["R16"] = "detached",
        ["R17"] = "checksum error",
        ["R99"] = "platform error",
        ["L10"] = "drain buffer overflow",
        ["L11"] = "tail buffer overflow",
        ["L12"] = "local buffer overflow",
        ["L13"] = "local delivery error",
        ["L14"] = "certificate validation error",
        ["L15"] = "tail buffer temporarily unavailable",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The codes that alert after a cutover whatever their count (see <see cref="HealthRules"/>).</summary>
    public static IReadOnlyList<string> AlwaysAlert { get; } = ["H10", "H14", "H20", "H99", "R14", "R15"];

    /// <summary>Every known code, in code order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Meanings.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The short meaning of a code, or "unknown error code" for one not in Heroku's list.</summary>
    public static string Meaning(string code) =>
        Meanings.TryGetValue(code, out var meaning) ? meaning : "unknown error code";

    /// <summary>Whether the code is in Heroku's list.</summary>
    public static bool IsKnown(string code) => Meanings.ContainsKey(code);
}
