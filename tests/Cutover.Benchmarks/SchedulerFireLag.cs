using System.Collections.Concurrent;
using Cutover.Host.Scheduling;
using HdrHistogram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Cutover.Benchmarks;

/// <summary>
/// Load harness for the scheduler as the host configures it (persistent store, clustering on PostgreSQL): 10,000
/// one-shot triggers due within a 60-second window after they are all stored, each job recording how late it fired
/// against its scheduled time. Run: <c>dotnet run -c Release --project tests/Cutover.Benchmarks -- fire-lag [DATABASE_URL]</c>;
/// without a URL it runs on a fresh SQLite file; <c>--smoke</c> runs 50 triggers over 2 s.
/// </summary>
internal static class SchedulerFireLag
{
    private const int Triggers = 10_000;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(120);

    /// <param name="databaseUrl">PostgreSQL in Heroku's format, or null for a fresh SQLite file.</param>
    /// <param name="smoke">50 triggers over 2 s: checks that the harness runs, measures nothing.</param>
    public static async Task<int> RunAsync(string? databaseUrl, bool smoke = false)
    {
        var (triggers, window, lead) = smoke ? (50, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10)) : (Triggers, Window, Lead);
        var sqlite = Path.Combine(Path.GetTempPath(), $"cutover-lag-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration[$"{DatabaseOptions.Section}:Url"] = databaseUrl;
        builder.Configuration[$"{DatabaseOptions.Section}:SqlitePath"] = sqlite;
        builder.AddCutoverScheduler();
        builder.Services.AddSingleton<LagProbeJob.Recorder>();
        await using var app = builder.Build();
        await app.StartAsync();
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var recorder = app.Services.GetRequiredService<LagProbeJob.Recorder>();
        var job = JobBuilder.Create<LagProbeJob>().WithIdentity("lag-probe", "bench").StoreDurably().Build();

        // All triggers are stored before the first is due, so storing them does not count as lag.
        var start = DateTimeOffset.UtcNow + lead;
        var stored = DateTimeOffset.UtcNow;
        for (var i = 0; i < triggers; i++)
        {
            var trigger = TriggerBuilder.Create()
                .WithIdentity($"lag-{i}", "bench")
                .ForJob(job.Key)
                .StartAt(start + (window * i / triggers))
                .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
                .Build();
            if (i == 0)
                await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true });
            else
                await scheduler.ScheduleJob(trigger);
        }

        var storing = DateTimeOffset.UtcNow - stored;
        if (DateTimeOffset.UtcNow > start)
            throw new InvalidOperationException($"Storing {triggers} triggers took {storing}; raise the lead time.");
        var deadline = DateTime.UtcNow + (start - DateTimeOffset.UtcNow) + window + TimeSpan.FromMinutes(2);
        while (recorder.Count < triggers && DateTime.UtcNow < deadline)
            await Task.Delay(200);
        await app.StopAsync();
        if (databaseUrl is null)
            File.Delete(sqlite);

        var histogram = new LongHistogram(TimeStamp.Hours(1), 3);
        foreach (var lag in recorder.Lags)
            histogram.RecordValue(Math.Max(0, lag));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(databaseUrl is null ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres)}: {recorder.Count}/{triggers} fired (stored in {storing.TotalSeconds:0.0} s); fire lag p50 {histogram.GetValueAtPercentile(50)} ms, "
            + $"p99 {histogram.GetValueAtPercentile(99)} ms, max {histogram.GetMaxValue()} ms"));
        return recorder.Count == triggers ? 0 : 1;
    }

    /// <summary>Records how late it fired against its trigger's scheduled time (concurrent firings allowed: each stands for another run's job).</summary>
    private sealed class LagProbeJob(LagProbeJob.Recorder recorder) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            recorder.Add((long)(DateTimeOffset.UtcNow - (context.ScheduledFireTimeUtc ?? context.FireTimeUtc)).TotalMilliseconds);
            return ValueTask.CompletedTask;
        }

        public sealed class Recorder
        {
            private readonly ConcurrentBag<long> _lags = [];

            public int Count => _lags.Count;

            public IEnumerable<long> Lags => _lags;

            public void Add(long lag) => _lags.Add(lag);
        }
    }
}
