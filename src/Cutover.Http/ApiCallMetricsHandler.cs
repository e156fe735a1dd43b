using System.Diagnostics;
using Cutover.Core.Telemetry;

namespace Cutover.Http;

/// <summary>
/// Counts and times each attempt of an outbound API call (<see cref="CutoverTelemetry.ApiCalls"/>,
/// <see cref="CutoverTelemetry.ApiDuration"/>), with 429s and failures apart. Tagged by <paramref name="api"/> and the
/// outcome (status class, <c>throttled</c> or <c>exception</c>) only: never the URL, which may name an app or hold a token.
/// Innermost in a client's chain, so each retry is one attempt and waiting on a pacer is not counted.
/// </summary>
/// <param name="api">The API's name: <c>heroku-platform</c>, <c>heroku-data</c>, <c>slack</c>, <c>teams-connector</c>, …</param>
public sealed class ApiCallMetricsHandler(string api) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "exception";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            outcome = Outcome(response.StatusCode);
            return response;
        }
        finally
        {
            Record(outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Record(string outcome, TimeSpan took)
    {
        var withApi = new KeyValuePair<string, object?>("api", api);
        var tags = new TagList { withApi, { "outcome", outcome } };
        CutoverTelemetry.ApiCalls.Add(1, tags);
        CutoverTelemetry.ApiDuration.Record(took.TotalMilliseconds, withApi);
        if (outcome == "throttled")
            CutoverTelemetry.ApiThrottled.Add(1, withApi);
        else if (outcome is "4xx" or "5xx" or "exception")
            CutoverTelemetry.ApiErrors.Add(1, tags);
    }

    private static string Outcome(HttpStatusCode status) => (int)status switch
    {
        429 => "throttled",
        < 300 => "2xx",
        < 400 => "3xx",
        < 500 => "4xx",
        _ => "5xx",
    };
}
