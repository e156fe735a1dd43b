using Cutover.Testing.Otlp;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Cutover's own telemetry with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set: the real host exports over OTLP/HTTP protobuf
/// to a loopback receiver, and one signed Approve click is followed from Slack's request through the worker and the
/// scheduled step to the Heroku calls it makes, in one trace.
/// </summary>
public sealed class SlackTelemetryTests : SlackHost
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private OtlpReceiver _otlp = null!;

    public override async Task InitializeAsync()
    {
        _otlp = await OtlpReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        // The host first: its exporters flush to the receiver as they stop.
        await base.DisposeAsync();
        await _otlp.DisposeAsync();
    }

    protected override CutoverTestHostBuilder Configure(CutoverTestHostBuilder host) => host.WithSettings(new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _otlp.Endpoint.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_SERVICE_NAME"] = "cutover-scenario",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
    });

    [Fact]
    public async Task ApproveClick_WithAnOtlpEndpoint_ExportsMetricsAndOneTraceFromTheClickToHeroku()
    {
        var (root, _) = await PlanDemoAppAsync();
        await ApproveAsync(root.Ts, "Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded");

        var metrics = await _otlp.WaitForAsync(r => r.MetricNames is var names && Expected.All(names.Contains) ? names : null, Patience,
            $"metrics {string.Join(", ", Expected)}");
        var trace = await _otlp.WaitForAsync(r => ClickToHeroku(r.Spans, Heroku.BaseAddress), Patience,
            "trace holding the click's server span, step preflight and a Heroku call");

        Assert.Superset(Expected.ToHashSet(), metrics.ToHashSet());
        Assert.Contains("cutover-scenario", _otlp.ServiceNames);
        Assert.Equal(["POST /slack/interactions", "inbound click", "step execution", "step preflight"],
            Ancestry(trace.Spans, trace.Heroku).Select(s => s.Name).Reverse().SkipWhile(n => n != "POST /slack/interactions").Take(4));
    }

    [Fact]
    public async Task ChartUpload_WithAnOtlpEndpoint_RecordsThePreSignedUploadUrlByItsHostOnly()
    {
        var (root, _) = await PlanDemoAppAsync();
        var chart = new Core.Messages.ChatImage("demo-app-ps-health-1.png", "demo-app-ps, 1 report(s)", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });

        await App.Services.GetRequiredService<Cutover.Chat.Slack.SlackFileUploads>().UploadAsync(Channel, root.Ts, chart, CancellationToken.None);
        var redacted = $"{Slack.Root.Scheme}://{Slack.Root.Authority}/REDACTED";
        var upload = await _otlp.WaitForAsync(r => r.Spans.FirstOrDefault(s => s.Attributes.GetValueOrDefault("url.full") == redacted), Patience,
            "the upload's client span");

        Assert.Equal("POST", upload.Attributes["http.request.method"]);
        // The upload URL's path grants access to the file: no span Cutover made holds it. (Server spans, with a route, are
        // the fake Slack's own: it runs in this process, where ASP.NET Core's instrumentation sees it too.)
        var uploadPath = $"/upload/{Slack.Files.Single().Id}";
        Assert.DoesNotContain(_otlp.Spans.Where(s => !s.Attributes.ContainsKey("http.route")),
            s => s.Attributes.Values.Any(v => v.Contains(uploadPath, StringComparison.Ordinal)));
    }

    private static readonly string[] Expected = ["cutover.inbound.ack.duration", "cutover.api.calls", "cutover.api.duration", "cutover.step.duration",
        "cutover.step.executions", "cutover.inbound.pending", "cutover.inbound.oldest_age"];

    /// <summary>A trace where a Heroku client span descends from step preflight, which descends from Slack's click.</summary>
    private static ClickTrace? ClickToHeroku(IReadOnlyList<OtlpSpan> spans, Uri heroku)
    {
        foreach (var trace in spans.GroupBy(s => s.TraceId))
        {
            var inTrace = trace.ToList();
            var call = inTrace.FirstOrDefault(s => s.Attributes.TryGetValue("url.full", out var url) && url.StartsWith(heroku.ToString(), StringComparison.Ordinal)
                                                   && Ancestry(inTrace, s).Any(a => a.Name == "step preflight")
                                                   && Ancestry(inTrace, s).Any(a => a.Name == "POST /slack/interactions"));
            if (call is not null)
                return new ClickTrace(inTrace, call);
        }

        return null;
    }

    /// <summary>The span's parents, nearest first, as far as the trace holds them.</summary>
    private static List<OtlpSpan> Ancestry(IReadOnlyList<OtlpSpan> trace, OtlpSpan span)
    {
        var chain = new List<OtlpSpan>();
        var current = span;
        while (trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId) is { } parent && chain.Count < trace.Count)
        {
            chain.Add(parent);
            current = parent;
        }

        return chain;
    }

    private sealed record ClickTrace(IReadOnlyList<OtlpSpan> Spans, OtlpSpan Heroku);
}
