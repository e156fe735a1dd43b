namespace Cutover.IntegrationTests.Hosting;

/// <summary>
/// The host's wiring against the catalogue: every runbook step is carried out by exactly one implementation, named by
/// the convention (<see cref="RunbookSteps.TypeOf"/>), and a briefing, gate or hooks belong to a step of the catalogue.
/// </summary>
public sealed class StepImplementationTests : IAsyncLifetime
{
    private CutoverTestHost App { get; set; } = null!;

    public async Task InitializeAsync() => App = await CutoverTestHost.Create().WithHeroku().StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public void Catalogue_EveryStep_HasExactlyOneImplementation()
    {
        var implementations = App.Services.GetServices<IRunbookStep>()
            .GroupBy(e => e.StepId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.GetType().Name).ToList(), StringComparer.Ordinal);

        var wrong = RunbookCatalog.Steps
            .Select(s => (s.Id, Types: implementations.GetValueOrDefault(s.Id) ?? []))
            .Where(s => s.Types.Count != 1)
            .Select(s => $"{s.Id}: {(s.Types.Count == 0 ? "none" : string.Join(", ", s.Types))}")
            .ToList();
        Assert.True(wrong.Count == 0, $"steps without exactly one implementation: {string.Join("; ", wrong)}");
        Assert.Empty(implementations.Keys.Except(RunbookCatalog.Steps.Select(s => s.Id)));
        Assert.All(RunbookCatalog.Steps, s => Assert.Equal(RunbookSteps.TypeOf(s.Id)?.Name, implementations[s.Id].Single()));
    }

    [Fact]
    public void Catalogue_EveryBriefingGateAndHook_BelongsToAStep()
    {
        var parts = App.Services.GetServices<IStepBriefing>().Select(b => (b.StepId, Type: b.GetType()))
            .Concat(App.Services.GetServices<IStepGate>().Select(g => (g.StepId, Type: g.GetType())))
            .Concat(App.Services.GetServices<IStepHooks>().Select(h => (h.StepId, Type: h.GetType())))
            .ToList();

        Assert.NotEmpty(parts);
        Assert.All(parts, p => Assert.Equal(RunbookSteps.TypeOf(p.StepId)?.Namespace, p.Type.Namespace));
    }
}
