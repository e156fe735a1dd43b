using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cutover.Infrastructure.Audit;

/// <summary>
/// <c>GET /audit/{run}.{csv|json}?expires=…&amp;sig=…</c>: the run's audit as a file for whoever holds a link
/// <c>audit &lt;run&gt;</c> offered — no session, no login page. A changed or expired link gets 403 and says why; nothing
/// else of Cutover is served here.
/// </summary>
public static class AuditDownloadEndpoints
{
    public static IEndpointRouteBuilder MapAuditDownloads(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/audit/{run:long}.{format}", DownloadAsync);
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(long run, string format, long? expires, string? sig, SignedAuditLinks links, IAuditLog audit,
        IRunStore runs, HttpContext http)
    {
        if (!SignedAuditLinks.Formats.Contains(format))
            return Results.NotFound();
        var refusal = expires is { } until ? links.Refusal(run, format, until, sig) : "This link has no expiry; ask for a new one with `audit <run>`.";
        if (refusal is not null)
            return Results.Text(refusal, statusCode: StatusCodes.Status403Forbidden);
        if (await runs.GetAsync(run, http.RequestAborted) is null)
            return Results.NotFound();
        var events = await audit.ReadAsync(run, http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        var name = $"cutover-run-{run.ToString(CultureInfo.InvariantCulture)}-audit.{format}";
        return format == "csv"
            ? Results.File(Encoding.UTF8.GetBytes(AuditExport.Csv(events)), "text/csv; charset=utf-8", name)
            : Results.File(Encoding.UTF8.GetBytes(AuditExport.Json(events)), "application/json; charset=utf-8", name);
    }
}
