using System.Text.RegularExpressions;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.Benchmarks;

/// <summary>
/// The post-cutover summariser over 100,000 Heroku log lines (router traffic with errors, runtime metrics, dyno
/// states, app output). Each benchmark reports time and allocation per line (<c>OperationsPerInvoke</c>):
/// lines/s = 1 / Mean. <see cref="Naive"/> is the obvious version for comparison: parse every line into an
/// object with regular expressions, keep them all, then sort the service times for the percentiles.
/// </summary>
[MemoryDiagnoser]
public partial class SummariserBenchmarks
{
    private const int LineCount = 100_000;

    private readonly TrafficSummariser _reused = new();
    private string[] _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _lines = Generate(LineCount);
        var streaming = TrafficSummariser.Summarise(_lines);
        var naive = NaiveSummary.Of(_lines);
        if (streaming.Requests != naive.Requests || streaming.Statuses.ServerError != naive.ServerErrors
            || Math.Abs(streaming.ServiceTime!.P99Ms - naive.P99Ms) > naive.P99Ms / 500 + 1)
            throw new InvalidOperationException($"The two summaries disagree: {streaming.Requests}/{naive.Requests} requests, p99 {streaming.ServiceTime!.P99Ms}/{naive.P99Ms}.");
    }

    /// <summary>A new summariser per window, as the monitoring job uses it (includes the histogram's allocation).</summary>
    [Benchmark(OperationsPerInvoke = LineCount)]
    public long Streaming() => TrafficSummariser.Summarise(_lines).Requests;

    /// <summary>One summariser reset between windows: what a line itself costs.</summary>
    [Benchmark(OperationsPerInvoke = LineCount)]
    public long StreamingReused()
    {
        _reused.Reset();
        foreach (var line in _lines)
            _reused.Add(line);
        return _reused.Summarise().Requests;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = LineCount)]
    public long Naive() => NaiveSummary.Of(_lines).Requests;

    private static string[] Generate(int count)
    {
        var random = new Random(42);
        var at = new DateTime(2026, 3, 5, 18, 0, 0, DateTimeKind.Utc);
        var lines = new string[count];
        for (var i = 0; i < count; i++)
        {
            at = at.AddTicks(random.Next(1, 200_000));
            var stamp = at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);
            var dyno = $"web.{random.Next(1, 5)}";
            var roll = random.Next(1000);
            lines[i] = roll switch
            {
                < 15 => $"{stamp} heroku[router]: at=error code=H12 desc=\"Request timeout\" method=GET path=\"/reports/export\" host=www.example.com request_id=5b9a3c1e-8f4d-4a57-9a0e-3d2c1b0a9f81 fwd=\"203.0.113.7\" dyno={dyno} connect=1ms service=30000ms status=503 bytes=0 protocol=https",
                < 20 => $"{stamp} heroku[router]: at=error code=H10 desc=\"App crashed\" method=GET path=\"/\" host=www.example.com request_id=5b9a3c1e-8f4d-4a57-9a0e-3d2c1b0a9f81 fwd=\"203.0.113.7\" dyno= connect= service= status=503 bytes= protocol=https",
                < 80 => $"{stamp} heroku[{dyno}]: source={dyno} dyno=heroku.31544922.7b4c0f3e-92a1-4f4e-a6b0-1c2d3e4f5a6b sample#memory_total={random.Next(200, 1000)}.25MB sample#memory_rss=398.12MB sample#memory_cache=14.38MB sample#memory_swap=0.00MB sample#memory_pgpgin=412331pages sample#memory_pgpgout=301226pages sample#memory_quota=1024.00MB",
                < 110 => $"{stamp} heroku[{dyno}]: source={dyno} dyno=heroku.31544922.7b4c0f3e-92a1-4f4e-a6b0-1c2d3e4f5a6b sample#load_avg_1m=0.{random.Next(10, 99)} sample#load_avg_5m=0.38 sample#load_avg_15m=0.31",
                < 112 => $"{stamp} heroku[{dyno}]: State changed from starting to up",
                < 113 => $"{stamp} heroku[{dyno}]: Error R14 (Memory quota exceeded)",
                < 200 => $"{stamp} app[{dyno}]: info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://www.example.com/api/orders - 200 4152 application/json 17.4ms",
                _ => $"{stamp} heroku[router]: at=info method=GET path=\"/api/orders?page={random.Next(1, 9)}\" host=www.example.com request_id=0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b fwd=\"198.51.100.23\" dyno={dyno} connect={random.Next(0, 3)}ms service={(int)Math.Exp(random.NextDouble() * 7)}ms status={(roll < 230 ? 404 : roll < 240 ? 500 : 200)} bytes={random.Next(100, 40_000)} protocol=https",
            };
        }

        return lines;
    }

    /// <summary>The straightforward way: an object per line, everything kept, then sorted.</summary>
    private sealed partial record NaiveSummary(long Requests, long ServerErrors, long P50Ms, long P95Ms, long P99Ms, Dictionary<string, int> Codes, Dictionary<string, double> MaxMemory)
    {
        public static NaiveSummary Of(IEnumerable<string> lines)
        {
            var parsed = new List<ParsedLine>();
            foreach (var line in lines)
            {
                var match = LinePattern().Match(line);
                if (!match.Success)
                    continue;
                var fields = FieldPattern().Matches(match.Groups[4].Value)
                    .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim('"'), StringComparer.Ordinal);
                parsed.Add(new ParsedLine(DateTimeOffset.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, match.Groups[3].Value, match.Groups[4].Value, fields));
            }

            var router = parsed.Where(p => p.Source == "heroku" && p.Process == "router" && p.Fields.ContainsKey("status")).ToList();
            var service = router.Where(p => p.Fields.TryGetValue("service", out var s) && s.Length > 0)
                .Select(p => long.Parse(p.Fields["service"].TrimEnd('m', 's'), CultureInfo.InvariantCulture)).ToList();
            service.Sort();
            long Percentile(double percentile) => service.Count == 0 ? 0 : service[Math.Max(0, (int)Math.Round(percentile / 100 * service.Count) - 1)];
            var codes = router.Where(p => p.Fields.ContainsKey("code")).GroupBy(p => p.Fields["code"]).ToDictionary(g => g.Key, g => g.Count());
            foreach (var error in parsed.Where(p => p.Message.StartsWith("Error R", StringComparison.Ordinal)))
                codes[error.Message[6..9]] = codes.GetValueOrDefault(error.Message[6..9]) + 1;
            var memory = parsed.Where(p => p.Fields.ContainsKey("sample#memory_total"))
                .GroupBy(p => p.Fields["source"].Split('.')[0])
                .ToDictionary(g => g.Key, g => g.Max(p => double.Parse(p.Fields["sample#memory_total"].TrimEnd('M', 'B'), CultureInfo.InvariantCulture)));
            return new NaiveSummary(router.Count, router.Count(p => p.Fields["status"].StartsWith('5')),
                Percentile(50), Percentile(95), Percentile(99), codes, memory);
        }

        [GeneratedRegex(@"^(\S+) (\w+)\[([^\]]+)\]: (.*)$")]
        private static partial Regex LinePattern();

        [GeneratedRegex(@"([\w#]+)=(""[^""]*""|\S*)")]
        private static partial Regex FieldPattern();
    }

    private sealed record ParsedLine(DateTimeOffset At, string Source, string Process, string Message, Dictionary<string, string> Fields);
}
