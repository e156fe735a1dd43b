using Cutover.Infrastructure.Links;

namespace Cutover.Infrastructure.Audit;

/// <summary>
/// <see cref="IAuditDownloads"/> as HMAC-SHA256-signed links: <c>/audit/{run}.{csv|json}?expires={unix seconds}&amp;sig=…</c>,
/// the signature over the run, the format and the expiry, so no part can be changed and no link outlives its time.
/// </summary>
public sealed class SignedAuditLinks(AuditLinkOptions settings, TimeProvider clock) : IAuditDownloads
{
    /// <summary>The formats a link can ask for.</summary>
    public static readonly IReadOnlyList<string> Formats = ["csv", "json"];

    public AuditDownload? Offer(long runId)
    {
        if (!settings.Enabled)
            return null;
        var expires = clock.GetUtcNow().Add(settings.Lifetime);
        return new AuditDownload(Link(runId, "csv", expires), Link(runId, "json", expires), expires);
    }

    /// <summary>The link to <paramref name="runId"/>'s audit as <paramref name="format"/>, valid until <paramref name="expires"/>.</summary>
    public Uri Link(long runId, string format, DateTimeOffset expires)
    {
        var seconds = expires.ToUnixTimeSeconds();
        var path = $"audit/{runId.ToString(CultureInfo.InvariantCulture)}.{format}?expires={seconds.ToString(CultureInfo.InvariantCulture)}&sig={Sign(runId, format, seconds)}";
        var root = settings.BaseUrl ?? throw new InvalidOperationException("Audit links are off: CUTOVER_BASE_URL is not set.");
        return new Uri(new Uri(root.ToString().TrimEnd('/') + "/"), path);
    }

    /// <summary>Why a requested link does not open, or null when it is genuine and still valid.</summary>
    public string? Refusal(long runId, string format, long expires, string? signature)
    {
        if (!settings.Enabled)
            return "Audit downloads are not enabled here.";
        if (!LinkSignature.Matches(settings.Secret, Subject(runId, format, expires), signature))
            return "This link is not one Cutover made (or it was changed). Ask for a new one with `audit <run>`.";
        return clock.GetUtcNow().ToUnixTimeSeconds() > expires
            ? "This link has expired. Ask for a new one with `audit <run>` in the run's channel."
            : null;
    }

    private string Sign(long runId, string format, long expires) => LinkSignature.Sign(settings.Secret, Subject(runId, format, expires));

    private static string Subject(long runId, string format, long expires) =>
        $"audit:{runId.ToString(CultureInfo.InvariantCulture)}:{format}:{expires.ToString(CultureInfo.InvariantCulture)}";
}
