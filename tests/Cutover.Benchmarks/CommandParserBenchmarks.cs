using Cutover.Core.Commands;

namespace Cutover.Benchmarks;

/// <summary>Parsing is on every inbound command's path (before the 3 s Slack ack): it must be cheap.</summary>
[MemoryDiagnoser]
public class CommandParserBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Params(
        "plan billing-api to acme-eu at 2026-12-01T18:00Z",
        "approve 42 data-cutover",
        "reject 42 deploy not during the freeze window, please",
        "aprove 42 deploy")]
    public string Text { get; set; } = string.Empty;

    [Benchmark]
    public bool Parse() => CommandParser.Parse(Text, Now).IsRefused;
}
