using Cutover.Core.Ports;
using Cutover.Host.Options;
using Cutover.Infrastructure.Persistence;
using Quartz;

namespace Cutover.Host.Scheduling;

public static class SchedulerRegistration
{
    /// <summary>
    /// Quartz.NET with the persistent ADO store in the application database: SQLite by default, PostgreSQL
    /// with clustering (several dynos never fire a job twice). Schema provisioned by Quartz itself.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverScheduler(this IHostApplicationBuilder builder, DatabaseSettings database)
    {
        var options = builder.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
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
            q.AddJobType<ApprovalExpiryJob>();
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        builder.Services.AddSingleton<IRunScheduler, QuartzRunScheduler>();
        return builder;
    }
}
