using Cutover.Infrastructure.Audit;
using Cutover.Infrastructure.Links;

namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// <see cref="IChartLinks"/> as HMAC-SHA256-signed addresses under <c>CUTOVER_BASE_URL</c>:
/// <c>/charts/{run}/{name}.png?expires={unix seconds}&amp;sig=…</c>, the signature over the run, the chart and the expiry
/// (<see cref="AuditLinkOptions.ChartLifetime"/> after the report), so no part can be changed and no address outlives its time.
/// </summary>
public sealed class SignedChartLinks(AuditLinkOptions settings, TimeProvider clock) : IChartLinks
{
    public Uri? Offer(long runId, string name) => settings.Enabled ? Link(runId, name, clock.GetUtcNow().Add(settings.ChartLifetime)) : null;

    /// <summary>The address of run <paramref name="runId"/>'s chart <paramref name="name"/>, valid until <paramref name="expires"/>.</summary>
    public Uri Link(long runId, string name, DateTimeOffset expires)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var root = settings.BaseUrl ?? throw new InvalidOperationException("Chart links are off: CUTOVER_BASE_URL is not set.");
        var seconds = expires.ToUnixTimeSeconds();
        var path = FormattableString.Invariant(
            $"charts/{runId}/{Uri.EscapeDataString(name)}.png?expires={seconds}&sig={LinkSignature.Sign(settings.Secret, Subject(runId, name, seconds))}");
        return new Uri(new Uri(root.ToString().TrimEnd('/') + "/"), path);
    }

    /// <summary>Why a requested chart address does not open, or null when it is genuine and still valid.</summary>
    public string? Refusal(long runId, string name, long? expires, string? signature)
    {
        if (!settings.Enabled)
            return "Chart links are not enabled here.";
        if (expires is not { } until || !LinkSignature.Matches(settings.Secret, Subject(runId, name, until), signature))
            return "This chart address is not one Cutover made (or it was changed).";
        return clock.GetUtcNow().ToUnixTimeSeconds() > until
            ? "This chart address has expired; the report's figures are in its text, and `status <run>` shows the run."
            : null;
    }

    private static string Subject(long runId, string name, long expires) => FormattableString.Invariant($"chart:{runId}:{name}:{expires}");
}
