using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>The host's wiring against the catalogue: every runbook step is carried out by exactly one implementation.</summary>
public sealed class StepImplementationTests : HostWithHeroku
{
    [Fact]
    public void Catalogue_EveryStep_HasExactlyOneImplementation()
    {
        var implementations = App.Services.GetServices<IStepExecutor>()
            .GroupBy(e => e.StepId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetType().Name).ToList(), StringComparer.Ordinal);

        var wrong = RunbookCatalog.Steps
            .Select(s => (s.Id, Types: implementations.GetValueOrDefault(s.Id) ?? []))
            .Where(s => s.Types.Count != 1)
            .Select(s => $"{s.Id}: {(s.Types.Count == 0 ? "none" : string.Join(", ", s.Types))}")
            .ToList();
        Assert.True(wrong.Count == 0, $"steps without exactly one implementation: {string.Join("; ", wrong)}");
        Assert.Empty(implementations.Keys.Except(RunbookCatalog.Steps.Select(s => s.Id)));
    }
}
