namespace Cutover.Tests.Fakes;

/// <summary><see cref="IRunScheduler"/> that records each request as one line, e.g. <c>execute 1</c>, <c>unschedule 1</c>.</summary>
internal sealed class RecordingRunScheduler : IRunScheduler
{
    private readonly List<string> _calls = [];

    public IReadOnlyList<string> Calls => _calls;

    public Task ScheduleApprovalExpiryAsync(long runId, string stepId, int stepVersion, DateTimeOffset at, CancellationToken cancellationToken) =>
        Record($"expiry {runId} {stepId} v{stepVersion} at {at:O}");

    public Task ScheduleStepExecutionAsync(long runId, CancellationToken cancellationToken) => Record($"execute {runId}");

    public Task ScheduleTtlRemindersAsync(long runId, DateTimeOffset cutoverAt, CancellationToken cancellationToken) =>
        Record($"ttl-reminders {runId} before {cutoverAt:O}");

    public Task ScheduleMonitoringAsync(long runId, CancellationToken cancellationToken) => Record($"monitor {runId}");

    public Task UnscheduleRunAsync(long runId, CancellationToken cancellationToken) => Record($"unschedule {runId}");

    private Task Record(FormattableString call)
    {
        _calls.Add(call.ToString(CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }
}
