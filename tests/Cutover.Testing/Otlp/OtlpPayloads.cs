using System.Text;

namespace Cutover.Testing.Otlp;

/// <summary>
/// Reads OTLP/HTTP protobuf export requests (opentelemetry-proto's collector/trace/v1 and collector/metrics/v1) with
/// <see cref="ProtobufFields"/>: the spans of a trace export and the metric names of a metrics export.
/// </summary>
public static class OtlpPayloads
{
    /// <summary>
    /// ExportTraceServiceRequest.resource_spans (1) → ResourceSpans.scope_spans (2) → ScopeSpans.spans (2) →
    /// Span.trace_id (1), span_id (2), parent_span_id (4), name (5), attributes (9).
    /// </summary>
    public static IReadOnlyList<OtlpSpan> Spans(ReadOnlyMemory<byte> exportTraceRequest) =>
    [
        .. from resource in ProtobufFields.All(exportTraceRequest, 1)
           from scope in ProtobufFields.All(resource, 2)
           from span in ProtobufFields.All(scope, 2)
           select new OtlpSpan(
               Convert.ToHexStringLower(ProtobufFields.First(span, 1).Span),
               Convert.ToHexStringLower(ProtobufFields.First(span, 2).Span),
               Convert.ToHexStringLower(ProtobufFields.First(span, 4).Span),
               Encoding.UTF8.GetString(ProtobufFields.First(span, 5).Span),
               StringAttributes(ProtobufFields.All(span, 9))),
    ];

    /// <summary>ExportMetricsServiceRequest.resource_metrics (1) → ResourceMetrics.scope_metrics (2) → ScopeMetrics.metrics (2) → Metric.name (1).</summary>
    public static IReadOnlyList<string> MetricNames(ReadOnlyMemory<byte> exportMetricsRequest) =>
    [
        .. from resource in ProtobufFields.All(exportMetricsRequest, 1)
           from scope in ProtobufFields.All(resource, 2)
           from metric in ProtobufFields.All(scope, 2)
           select Encoding.UTF8.GetString(ProtobufFields.First(metric, 1).Span),
    ];

    /// <summary>KeyValue.key (1), value (2) → AnyValue.string_value (1); attributes of other types are left out.</summary>
    private static Dictionary<string, string> StringAttributes(IEnumerable<ReadOnlyMemory<byte>> keyValues)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var keyValue in keyValues)
        {
            var value = ProtobufFields.LengthDelimitedFields(ProtobufFields.First(keyValue, 2));
            if (value is [(1, var text)])
                attributes[Encoding.UTF8.GetString(ProtobufFields.First(keyValue, 1).Span)] = Encoding.UTF8.GetString(text.Span);
        }

        return attributes;
    }

    /// <summary>
    /// The <c>service.name</c> attributes of an export's resources: Resource (1 of ResourceSpans/ResourceMetrics) →
    /// attributes (1) → KeyValue key (1), value (2) → AnyValue.string_value (1).
    /// </summary>
    public static IReadOnlyList<string> ServiceNames(ReadOnlyMemory<byte> exportRequest) =>
    [
        .. from resource in ProtobufFields.All(exportRequest, 1)
           from attribute in ProtobufFields.All(ProtobufFields.First(resource, 1), 1)
           where Encoding.UTF8.GetString(ProtobufFields.First(attribute, 1).Span) == "service.name"
           select Encoding.UTF8.GetString(ProtobufFields.First(ProtobufFields.First(attribute, 2), 1).Span),
    ];
}
