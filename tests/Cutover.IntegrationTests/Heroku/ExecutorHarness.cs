using System.Diagnostics.CodeAnalysis;

namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// Step executors with the production Refit clients against the simulator's seed world over loopback HTTP, and a
/// run (demo-app → demo-space) stored in a real SQLite run store whose facts the executors read and write: one
/// <see cref="ExecutorWorld"/> per test.
/// </summary>
/// <param name="output">Where each execution's requests are written.</param>
/// <param name="tick">How far the fake clock moves per idle moment while an executor runs.</param>
public abstract class ExecutorHarness(ITestOutputHelper output, TimeSpan tick) : IAsyncLifetime
{
    protected const string Source = ExecutorWorld.Source;
    protected const string Target = ExecutorWorld.Target;

    private ExecutorWorld _world = null!;

    protected SimulatorHost Simulator => _world.Simulator;

    protected RecordingHandler Traffic => _world.Traffic;

    /// <summary>Plain HTTP to the simulator, with Heroku's headers, for arranging and checking state.</summary>
    protected HttpClient Http => _world.Http;

    protected EfRunFacts Facts => _world.Facts;

    protected Run Run => _world.Run;

    public virtual async Task InitializeAsync() => _world = await ExecutorWorld.StartAsync(output, tick);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    /// <summary>Runs one executor from a fresh container (see <see cref="ExecutorWorld.ExecuteAsync"/>); its result and writes.</summary>
    protected async Task<(StepResult Result, IReadOnlyList<string> Writes)> ExecuteAsync(string stepId, MigrationOptions? migration = null)
    {
        var (result, writes) = await _world.ExecuteAsync(stepId, migration);
        return (result!, writes);
    }

    protected Task<string?> FactAsync(string key) => _world.FactAsync(key);

    /// <summary>Asserts that a step's run succeeded, sending exactly <paramref name="writes"/>.</summary>
    protected static void AssertWrote((StepResult Result, IReadOnlyList<string> Writes) run, IReadOnlyList<string> writes)
    {
        Assert.True(run.Result.Succeeded, run.Result.Message);
        Assert.Equal(writes, run.Writes);
    }

    /// <summary>Asserts that a step's run succeeded sending only GETs, and that its message says each of <paramref name="says"/>.</summary>
    protected static void AssertNothingLeftToDo((StepResult Result, IReadOnlyList<string> Writes) run, params string[] says)
    {
        Assert.True(run.Result.Succeeded, run.Result.Message);
        Assert.Empty(run.Writes);
        Assert.All(says, part => Assert.Contains(part, run.Result.Message, StringComparison.Ordinal));
    }

    /// <summary>Asserts that a step's run failed without writing anything, and that its message says each of <paramref name="says"/>.</summary>
    protected static void AssertFailedWithoutWrites((StepResult Result, IReadOnlyList<string> Writes) run, params string[] says)
    {
        Assert.False(run.Result.Succeeded);
        Assert.All(says, part => Assert.Contains(part, run.Result.Message, StringComparison.Ordinal));
        Assert.Empty(run.Writes);
    }

    /// <summary>Asserts that a step's run failed without writing anything, with a message matching <paramref name="pattern"/>.</summary>
    protected static void AssertFailedWithoutWritesMatching((StepResult Result, IReadOnlyList<string> Writes) run, [StringSyntax(StringSyntaxAttribute.Regex)] string pattern)
    {
        Assert.False(run.Result.Succeeded);
        Assert.Matches(pattern, run.Result.Message);
        Assert.Empty(run.Writes);
    }

    protected Task<JsonNode> GetAsync(string path) => _world.GetAsync(path);
}
