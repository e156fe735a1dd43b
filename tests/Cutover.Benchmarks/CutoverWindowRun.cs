using System.Diagnostics;

namespace Cutover.Benchmarks;

/// <summary>
/// <see cref="CutoverWindowBenchmarks"/> run directly, without BenchmarkDotNet's generated project (whose build can time
/// out on a busy machine): one warm-up and <see cref="Iterations"/> measured iterations at each latency, each printing
/// the window's calls, sequential round trips and simulated time, then the mean and spread of the wall time.
/// Run: <c>dotnet run -c Release --project tests/Cutover.Benchmarks -- window</c>.
/// </summary>
internal static class CutoverWindowRun
{
    private const int Iterations = 5;

    public static async Task<int> RunAsync(bool smoke = false)
    {
        Console.WriteLine($"Steps 8–12 of the demo migration; machine: {SlackAckLoad.Machine()}; load average before: {SlackAckLoad.LoadAverage()}");
        var rows = new List<string>();
        foreach (var latency in new[] { 0, 100 })
        {
            var walls = new List<double>();
            for (var i = smoke ? 1 : 0; i <= (smoke ? 1 : Iterations); i++)
            {
                var window = new CutoverWindowBenchmarks { LatencyMs = latency };
                window.Setup();
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await window.CutoverWindow();
                }
                finally
                {
                    window.Cleanup();
                }

                if (i > 0)
                    walls.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            var mean = walls.Average();
            var spread = Math.Sqrt(walls.Sum(w => (w - mean) * (w - mean)) / Math.Max(1, walls.Count - 1));
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {latency} ms | {mean:0.00} s ± {spread:0.00} | {CutoverWindowBenchmarks.WindowCalls} | {CutoverWindowBenchmarks.SequentialRoundTrips} | {CutoverWindowBenchmarks.SimulatedTime.TotalSeconds:0} s |"));
        }

        Console.WriteLine($"load average after: {SlackAckLoad.LoadAverage()}");
        Console.WriteLine("| Heroku latency | wall time (mean ± sd) | calls | sequential round trips | simulated time |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        return 0;
    }
}
