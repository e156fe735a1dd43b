namespace Cutover.Testing.Otlp;

/// <summary>
/// One span as an OTLP receiver saw it: ids in lowercase hex (the parent empty for a root span) and its attributes that
/// hold strings (<c>url.full</c>, <c>http.route</c>, …).
/// </summary>
public sealed record OtlpSpan(string TraceId, string SpanId, string ParentSpanId, string Name, IReadOnlyDictionary<string, string> Attributes);
