using System.Diagnostics;
using Cutover.Core.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cutover.Chat.Inbound;

/// <summary>Times an inbound endpoint from its handler's start to its answer (<see cref="CutoverTelemetry.AckDuration"/>).</summary>
public static class AckTiming
{
    /// <summary>Records how long each request to the endpoint took to acknowledge, tagged with <paramref name="channel"/>.</summary>
    public static RouteHandlerBuilder TimesAck(this RouteHandlerBuilder endpoint, string channel) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await next(context);
            }
            finally
            {
                CutoverTelemetry.AckDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    new KeyValuePair<string, object?>("channel", channel));
            }
        });
}
