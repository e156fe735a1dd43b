using Cutover.Core.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// <c>GET /charts/{run}/{name}.png?expires=…&amp;sig=…</c>: a health report's chart, drawn again from the run's kept
/// figures, for whoever holds the address the report carried (Teams fetches the picture of a card from it) — no
/// session. A changed or expired address gets 403 and says why; nothing else of Cutover is served here.
/// </summary>
public static class ChartEndpoints
{
    public static IEndpointRouteBuilder MapHealthCharts(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/charts/{run:long}/{name}.png", ChartAsync);
        return endpoints;
    }

    private static async Task<IResult> ChartAsync(long run, string name, long? expires, string? sig, SignedChartLinks links, MonitorRun monitor,
        HttpContext http)
    {
        if (links.Refusal(run, name, expires, sig) is { } refusal)
            return Results.Text(refusal, statusCode: StatusCodes.Status403Forbidden);
        if (await monitor.ChartAsync(run, name, http.RequestAborted) is not { } chart)
            return Results.NotFound();
        http.Response.Headers.CacheControl = "private, no-store";
        return Results.File(chart.Png.ToArray(), "image/png", chart.FileName);
    }
}
