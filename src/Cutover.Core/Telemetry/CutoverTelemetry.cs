using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Cutover.Core.Telemetry;

/// <summary>
/// Cutover's own telemetry: one <see cref="ActivitySource"/> and one <see cref="Meter"/>, both named <see cref="Name"/>,
/// and the instruments recorded on it. Nothing is collected unless the host listens (OpenTelemetry, enabled by
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); without a listener, starting an activity returns null and a measurement is dropped.
/// Tags carry ids, channel and outcome names only: never tokens, settings or URLs.
/// </summary>
public static class CutoverTelemetry
{
    public const string Name = "Cutover";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>From a Slack or Teams request's arrival to its acknowledgement, tagged <c>channel</c>.</summary>
    public static readonly Histogram<double> AckDuration = Meter.CreateHistogram<double>(
        "cutover.inbound.ack.duration", "ms", "Time from an inbound chat request's arrival to its acknowledgement.");

    /// <summary>How long a runbook step took to execute, tagged <c>step</c> and <c>outcome</c>.</summary>
    public static readonly Histogram<double> StepDuration = Meter.CreateHistogram<double>(
        "cutover.step.duration", "ms", "Time a runbook step took to execute.");

    /// <summary>Step executions, tagged <c>step</c> and <c>outcome</c> (succeeded, failed, faulted).</summary>
    public static readonly Counter<long> StepExecutions = Meter.CreateCounter<long>(
        "cutover.step.executions", "{execution}", "Runbook step executions by outcome.");

    /// <summary>Attempts of outbound API calls, tagged <c>api</c> and <c>outcome</c> (the status class, throttled or exception).</summary>
    public static readonly Counter<long> ApiCalls = Meter.CreateCounter<long>(
        "cutover.api.calls", "{call}", "Outbound API call attempts (Heroku, Slack, Teams) by outcome.");

    /// <summary>How long an outbound API call attempt took, tagged <c>api</c>.</summary>
    public static readonly Histogram<double> ApiDuration = Meter.CreateHistogram<double>(
        "cutover.api.duration", "ms", "Time an outbound API call attempt took.");

    /// <summary>Outbound API call attempts answered 429 Too Many Requests, tagged <c>api</c>.</summary>
    public static readonly Counter<long> ApiThrottled = Meter.CreateCounter<long>(
        "cutover.api.throttled", "{call}", "Outbound API call attempts answered 429.");

    /// <summary>Outbound API call attempts that failed (5xx, 4xx other than 429, or no answer), tagged <c>api</c> and <c>outcome</c>.</summary>
    public static readonly Counter<long> ApiErrors = Meter.CreateCounter<long>(
        "cutover.api.errors", "{call}", "Outbound API call attempts that failed.");

    /// <summary>How late a scheduled job fired after its scheduled time, tagged <c>job</c> (the job's group).</summary>
    public static readonly Histogram<double> SchedulerFireLag = Meter.CreateHistogram<double>(
        "cutover.scheduler.fire_lag", "ms", "Time between a job's scheduled and actual fire time.");

    /// <summary>
    /// The current activity's W3C <c>traceparent</c>, kept with work that runs later (a stored chat request, a scheduled
    /// step) so that work continues the same trace; null when nothing is traced.
    /// </summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>
    /// Starts <paramref name="name"/> as a child of <paramref name="traceParent"/> (a W3C <c>traceparent</c> kept by
    /// <see cref="CurrentTraceParent"/>), or as a root when there is none or it cannot be read; null when nothing listens.
    /// </summary>
    public static Activity? StartContinuing(string name, string? traceParent, ActivityKind kind = ActivityKind.Internal) =>
        ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity(name, kind, parent)
            : Source.StartActivity(name, kind);
}
