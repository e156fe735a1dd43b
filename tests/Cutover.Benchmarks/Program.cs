using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Cutover.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point for BenchmarkSwitcher.</summary>
internal sealed partial class Program;
