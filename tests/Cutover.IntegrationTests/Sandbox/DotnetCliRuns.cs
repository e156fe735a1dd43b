namespace Cutover.IntegrationTests.Sandbox;

/// <summary>Tests that run the dotnet CLI on the checkout (run, publish): one at a time, so two builds never share obj/.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetCliRuns
{
    public const string Name = "dotnet CLI on the checkout";
}
