using Cutover.Core.Telemetry;

namespace Cutover.Host.Scheduling;

/// <summary><see cref="IRunScheduler"/> on Quartz: keys derive from the run, so scheduling twice keeps one trigger.</summary>
public sealed class QuartzRunScheduler(ISchedulerFactory schedulers, ScheduleSettings settings, TimeProvider clock) : IRunScheduler
{
    public async Task ScheduleApprovalExpiryAsync(long runId, string stepId, int stepVersion, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var key = ApprovalExpiryJob.KeyFor(runId, stepId, stepVersion);
        var job = JobBuilder.Create<ApprovalExpiryJob>()
            .WithIdentity(key)
            .UsingJobData(ApprovalExpiryJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(ApprovalExpiryJob.StepIdKey, stepId)
            .UsingJobData(ApprovalExpiryJob.StepVersionKey, stepVersion.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery()
            .Build();
        // A missed lapse (the bot was down) must still happen as soon as it is back: fire now.
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task ScheduleStepExecutionAsync(long runId, CancellationToken cancellationToken)
    {
        var key = StepExecutionJob.KeyFor(runId);
        var builder = JobBuilder.Create<StepExecutionJob>()
            .WithIdentity(key)
            .UsingJobData(StepExecutionJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery();
        // Correlation, not state: the step's span continues the trace of the click that approved it.
        if (CutoverTelemetry.CurrentTraceParent() is { } traceParent)
            builder = builder.UsingJobData(StepExecutionJob.TraceParentKey, traceParent);
        var job = builder.Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            // Now on the host's clock, which Quartz fires by; StartNow() would take the machine's clock instead.
            .StartAt(clock.GetUtcNow())
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task ScheduleTtlRemindersAsync(long runId, DateTimeOffset cutoverAt, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var lead in settings.ReminderLeads.Where(l => cutoverAt - l > now))
        {
            var slot = FormattableString.Invariant($"T-{lead.TotalHours:0.##}h");
            var key = TtlReminderJob.KeyFor(runId, slot);
            var job = JobBuilder.Create<TtlReminderJob>()
                .WithIdentity(key)
                .UsingJobData(TtlReminderJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
                .UsingJobData(TtlReminderJob.SlotKey, slot)
                .RequestRecovery()
                .Build();
            // A reminder missed while the bot was down still goes out when it is back, saying how late it is.
            var trigger = TriggerBuilder.Create()
                .WithIdentity(key.Name, key.Group)
                .ForJob(key)
                .StartAt(cutoverAt - lead)
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
        }
    }

    public async Task ScheduleMonitoringAsync(long runId, CancellationToken cancellationToken)
    {
        var key = MonitoringJob.KeyFor(runId);
        var slots = Math.Max(1, (int)(settings.MonitoringDuration / settings.MonitoringInterval));
        var start = clock.GetUtcNow() + settings.MonitoringInterval;
        var job = JobBuilder.Create<MonitoringJob>()
            .WithIdentity(key)
            .UsingJobData(MonitoringJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(MonitoringJob.StartKey, start.ToString("O", CultureInfo.InvariantCulture))
            .UsingJobData(MonitoringJob.IntervalKey, settings.MonitoringInterval.TotalSeconds.ToString(CultureInfo.InvariantCulture))
            .UsingJobData(MonitoringJob.SlotsKey, slots.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartAt(start)
            .EndAt(start + (settings.MonitoringInterval * (slots - 1)) + TimeSpan.FromSeconds(1))
            .WithSimpleSchedule(s => s.WithInterval(settings.MonitoringInterval).WithRepeatCount(slots - 1)
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }

    public async Task UnscheduleRunAsync(long runId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var prefix = $"run-{runId.ToString(CultureInfo.InvariantCulture)}";
        foreach (var group in new[] { TtlReminderJob.Group, MonitoringJob.Group, ApprovalExpiryJob.Group })
        {
            var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(group), cancellationToken);
            var mine = keys.Where(k => k.Name == prefix || k.Name.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList();
            if (mine.Count > 0)
                await scheduler.DeleteJobs(mine, cancellationToken);
        }
    }
}

/// <summary>When the timed work of a run happens.</summary>
public sealed record ScheduleSettings(IReadOnlyList<TimeSpan> ReminderLeads, TimeSpan MonitoringInterval, TimeSpan MonitoringDuration);
