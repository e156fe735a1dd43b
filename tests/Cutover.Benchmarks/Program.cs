using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Cutover.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Cutover.Benchmarks -- slack-load
if (args is ["slack-load"])
    return await Cutover.Benchmarks.SlackAckLoad.RunAsync();
BenchmarkSwitcher.FromAssembly(typeof(Cutover.Benchmarks.SlackAckLoad).Assembly).Run(args);
return 0;

