using System.Diagnostics;
using Cutover.Core.Telemetry;
using Cutover.Http;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Cutover.Host.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>Where the OTLP exporter sends; telemetry is on only when it is set.</summary>
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The <c>service.name</c> of everything exported; <see cref="DefaultServiceName"/> when unset.</summary>
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";

    public const string DefaultServiceName = "cutover";

    /// <summary>
    /// Cutover's metrics and traces (<see cref="CutoverTelemetry"/>, with ASP.NET Core server and HttpClient spans),
    /// exported over OTLP when <see cref="EndpointVariable"/> is set. The exporter reads the standard <c>OTEL_*</c>
    /// variables (protocol, headers, intervals) itself. Unset, nothing listens: no exporter, no spans, no measurements.
    /// Called after the database's migrations are registered: the backlog gauges read the inbound queue as they start.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable]))
            return builder;
        var serviceName = builder.Configuration[ServiceNameVariable] is { Length: > 0 } name ? name.Trim() : DefaultServiceName;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(CutoverTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation(http => http.EnrichWithHttpRequestMessage = RedactCapabilityUrl)
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(CutoverTelemetry.Name)
                .AddOtlpExporter());
        builder.Services.AddHostedService<InboundBacklogGauges>();
        return builder;
    }

    /// <summary>A request to an address that is a credential (<see cref="CapabilityUrl"/>) is recorded by its host only.</summary>
    private static void RedactCapabilityUrl(Activity activity, HttpRequestMessage request)
    {
        if (CapabilityUrl.IsMarked(request) && request.RequestUri is { } url)
            activity.SetTag("url.full", CapabilityUrl.Redacted(url));
    }
}
