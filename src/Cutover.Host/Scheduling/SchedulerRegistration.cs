using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.Host.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>
    /// Quartz.NET with the persistent ADO store in the application database: SQLite by default, PostgreSQL
    /// with clustering (several dynos never fire a job twice). Schema provisioned by Quartz itself.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverScheduler(this IHostApplicationBuilder builder)
    {
        var database = DatabaseOptions.From(builder.Configuration);
        // Read now because Quartz is configured now; validated on start like every other section.
        var options = builder.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        builder.Services.AddOptions<SchedulerOptions>()
            .BindConfiguration(SchedulerOptions.Section)
            .Validate(o => o.ShutdownTimeout >= TimeSpan.FromSeconds(1) && o.ShutdownTimeout <= TimeSpan.FromSeconds(28),
                "Scheduler:ShutdownTimeout must be between 00:00:01 and 00:00:28 (Heroku kills a dyno 30 s after SIGTERM).")
            .Validate(o => o.ClusterCheckinInterval >= TimeSpan.FromSeconds(1) && o.ClusterCheckinInterval <= TimeSpan.FromMinutes(1),
                "Scheduler:ClusterCheckinInterval must be between 00:00:01 and 00:01:00.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.InstanceName), "Scheduler:InstanceName must not be empty.")
            .ValidateOnStart();
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = options.InstanceName);
            q.UsePersistentStore(store =>
            {
                if (database.Provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(database.ConnectionString);
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite(database.ConnectionString);
                }

                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                store.ProvisionSchema();
            });
            q.AddJobListener<FireLagListener>();
            q.AddJobType<ApprovalExpiryJob>();
            q.AddJobType<StepExecutionJob>();
            q.AddJobType<TtlReminderJob>();
            q.AddJobType<MonitoringJob>();
            q.AddJob<ApprovalReminderJob>(j => j.WithIdentity(ApprovalReminderJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(ApprovalReminderJob.Key).WithIdentity("approval-reminders", "reminders")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(5)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            q.AddJob<PruneInboundRequestsJob>(j => j.WithIdentity(PruneInboundRequestsJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(PruneInboundRequestsJob.Key).WithIdentity("prune-inbound-requests", "housekeeping")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton(sp => new ScheduleSettings(sp.GetRequiredService<DnsOptions>().Leads(),
            sp.GetRequiredService<MonitoringOptions>().Interval, sp.GetRequiredService<MonitoringOptions>().Duration));
        builder.Services.AddSingleton<IRunScheduler, QuartzRunScheduler>();
        return builder;
    }
}
