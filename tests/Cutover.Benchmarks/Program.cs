using Cutover.Benchmarks;

// dotnet run -c Release --project tests/Cutover.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-load [--postgres DATABASE_URL] [--host Cutover.Host.dll] [--smoke]
// dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-memory [--compare] [--postgres DATABASE_URL] [--host Cutover.Host.dll] [--smoke]
// dotnet run -c Release --project tests/Cutover.Benchmarks -- window      (steps 8–12 at 0 and 100 ms Heroku latency)
// dotnet run -c Release --project tests/Cutover.Benchmarks -- fire-lag [DATABASE_URL] [--smoke]
// dotnet run -c Release --project tests/Cutover.Benchmarks -- smoke      (every benchmark once, small inputs; test.sh runs it)
var smoke = args.Contains(Smoke.Switch);
var rest = args.Where(a => a != Smoke.Switch).ToArray();
return rest switch
{
    ["slack-load", ..] => await SlackAckLoad.RunAsync(rest[1..], smoke),
    ["slack-memory", ..] => await SlackMemory.RunAsync(rest[1..], smoke),
    ["window"] => await CutoverWindowRun.RunAsync(smoke),
    ["fire-lag", ..] => await SchedulerFireLag.RunAsync(rest.Length > 1 ? rest[1] : null, smoke),
    ["smoke"] => await Smoke.RunAllAsync(),
    _ => Smoke.RunBenchmarkDotNet(args),
};
