using Cutover.Host.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>Cutover's telemetry is registered only when an OTLP endpoint is set, under <c>OTEL_SERVICE_NAME</c> or <c>cutover</c>.</summary>
public sealed class TelemetryRegistrationTests
{
    public static TheoryData<string, string?> Off => new()
    {
        { "unset", null },
        { "blank", "  " },
    };

    [Theory]
    [MemberData(nameof(Off))]
    public void AddCutoverTelemetry_NoEndpoint_RegistersNoProviderAndNoGauges(string name, string? endpoint)
    {
        using var host = Build(new() { [TelemetryRegistration.EndpointVariable] = endpoint });

        Assert.NotEmpty(name);
        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is InboundBacklogGauges);
    }

    [Theory]
    [InlineData(null, "cutover")]
    [InlineData("cutover-staging", "cutover-staging")]
    public void AddCutoverTelemetry_Endpoint_TracesAndMeasuresUnderTheServiceName(string? serviceName, string expected)
    {
        using var host = Build(new()
        {
            [TelemetryRegistration.EndpointVariable] = "http://127.0.0.1:4318",
            [TelemetryRegistration.ServiceNameVariable] = serviceName,
        });

        var traces = host.Services.GetRequiredService<TracerProvider>();

        Assert.NotNull(host.Services.GetService<MeterProvider>());
        Assert.Equal(expected, traces.GetResource().Attributes.Single(a => a.Key == "service.name").Value);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IInboundRequests>(_ => throw new InvalidOperationException("the gauges read the queue only when started"));
        builder.AddCutoverTelemetry();
        return builder.Build();
    }
}
