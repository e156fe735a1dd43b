using System.Globalization;
using Cutover.Core.Ports;
using Quartz;

namespace Cutover.Host.Scheduling;

/// <summary><see cref="IRunScheduler"/> on Quartz: keys derive from the run, so scheduling twice keeps one trigger.</summary>
public sealed class QuartzRunScheduler(ISchedulerFactory schedulers) : IRunScheduler
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
        var job = JobBuilder.Create<StepExecutionJob>()
            .WithIdentity(key)
            .UsingJobData(StepExecutionJob.RunIdKey, runId.ToString(CultureInfo.InvariantCulture))
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key.Name, key.Group)
            .ForJob(key)
            .StartNow()
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, cancellationToken);
    }
}
