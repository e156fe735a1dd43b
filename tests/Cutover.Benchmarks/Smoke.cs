using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Cutover.Benchmarks;

/// <summary>
/// Runs every benchmark once with small inputs, so none can rot unnoticed: each BenchmarkDotNet class once in-process
/// (<see cref="Job.Dry"/>: one iteration, no warm-up, the classes' own jobs ignored), then the load harnesses with
/// <c>--smoke</c>. Exits non-zero when any benchmark throws or does not run. The figures mean nothing.
/// </summary>
internal static class Smoke
{
    public const string Switch = "--smoke";

    private const string DryJob = "Smoke";

    public static async Task<int> RunAllAsync()
    {
        var failed = Failures(BenchmarkRunner.Run(DryRuns())).ToList();
        if (await SlackAckLoad.RunAsync([], smoke: true) != 0)
            failed.Add("slack-load");
        if (await SlackMemory.RunAsync([], smoke: true) != 0)
            failed.Add("slack-memory");
        if (await CutoverWindowRun.RunAsync(smoke: true) != 0)
            failed.Add("window");
        if (await SchedulerFireLag.RunAsync(null, smoke: true) != 0)
            failed.Add("fire-lag");
        Console.WriteLine(failed.Count == 0 ? "Benchmark smoke run: every benchmark ran." : $"Benchmark smoke run FAILED: {string.Join(", ", failed)}");
        return failed.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// Every benchmark case of the assembly with the dry job only. A class's own <c>[SimpleJob]</c> would be run next to
    /// a job given in a config, so the cases are taken from the conversion and the classes' jobs dropped.
    /// </summary>
    private static BenchmarkRunInfo[] DryRuns()
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId(DryJob))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), $"cutover-bench-smoke-{Environment.ProcessId}"));
        return [.. typeof(Smoke).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute), false)))
            .Select(t => BenchmarkConverter.TypeToBenchmarks(t, config))
            .Select(run => new BenchmarkRunInfo([.. run.BenchmarksCases.Where(c => c.Job.Id == DryJob)], run.Type, run.Config))];
    }

    /// <summary>The BenchmarkDotNet command line; non-zero when a selected benchmark failed.</summary>
    public static int RunBenchmarkDotNet(string[] args)
    {
        var failed = Failures(BenchmarkSwitcher.FromAssembly(typeof(Smoke).Assembly).Run(args)).ToList();
        foreach (var name in failed)
            Console.Error.WriteLine($"Benchmark failed: {name}");
        return failed.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Failures(IEnumerable<Summary> summaries)
    {
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
                yield return $"{summary.Title}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}";
            var reported = summary.Reports.Where(r => r.Success).Select(r => r.BenchmarkCase).ToHashSet();
            foreach (var benchmark in summary.BenchmarksCases.Where(b => !reported.Contains(b)))
                yield return benchmark.DisplayInfo;
        }
    }
}
