using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Cutover.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-load
// dotnet run -c Release --project tests/Cutover.Benchmarks -- fire-lag [DATABASE_URL]
if (args is ["slack-load"])
    return await Cutover.Benchmarks.SlackAckLoad.RunAsync();
if (args is ["fire-lag", ..])
    return await Cutover.Benchmarks.SchedulerFireLag.RunAsync(args.Length > 1 ? args[1] : null);
BenchmarkSwitcher.FromAssembly(typeof(Cutover.Benchmarks.SlackAckLoad).Assembly).Run(args);
return 0;

