using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Cutover.Testing.Otlp;

/// <summary>
/// An OTLP/HTTP protobuf receiver on loopback (port 0): <c>/v1/traces</c> and <c>/v1/metrics</c> answer 200 and record
/// the spans, metric names and service names they were sent (<see cref="OtlpPayloads"/>). Point an exporter at
/// <see cref="Endpoint"/> with <c>OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf</c>.
/// </summary>
public sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<OtlpSpan> _spans = [];
    private readonly HashSet<string> _metrics = new(StringComparer.Ordinal);
    private readonly HashSet<string> _services = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>The base address, <c>http://127.0.0.1:&lt;port&gt;/</c>, once started.</summary>
    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var receiver = new OtlpReceiver();
        var (app, address) = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/v1/traces", (HttpContext http) => receiver.ReceiveAsync(http, OtlpPayloads.Spans, receiver._spans.AddRange));
            app.MapPost("/v1/metrics", (HttpContext http) => receiver.ReceiveAsync(http, OtlpPayloads.MetricNames, receiver._metrics.UnionWith));
        });
        (receiver._app, receiver.Endpoint) = (app, address);
        return receiver;
    }

    public IReadOnlyList<OtlpSpan> Spans
    {
        get
        {
            lock (_gate)
                return [.. _spans];
        }
    }

    public IReadOnlySet<string> MetricNames
    {
        get
        {
            lock (_gate)
                return new HashSet<string>(_metrics, StringComparer.Ordinal);
        }
    }

    public IReadOnlySet<string> ServiceNames
    {
        get
        {
            lock (_gate)
                return new HashSet<string>(_services, StringComparer.Ordinal);
        }
    }

    /// <summary>What <paramref name="probe"/> finds in the receiver, once it finds something; fails after <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<OtlpReceiver, T?> probe, TimeSpan timeout, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (probe(this) is { } found)
                return found;
            Assert.True(DateTime.UtcNow < deadline, $"the OTLP receiver got no {what}; it has metrics [{string.Join(", ", MetricNames)}] " +
                                                    $"and spans [{string.Join(", ", Spans.Select(s => s.Name).Distinct())}]");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>Records an export and answers 200 with an empty body: an export response that reports no rejections.</summary>
    private async Task ReceiveAsync<T>(HttpContext http, Func<ReadOnlyMemory<byte>, T> read, Action<T> keep)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var bytes = body.ToArray();
        lock (_gate)
        {
            keep(read(bytes));
            _services.UnionWith(OtlpPayloads.ServiceNames(bytes));
        }
    }
}
