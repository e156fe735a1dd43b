using Cutover.Core.Conversations.Handlers;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>The host's wiring against the grammar: every command the parser can produce is carried out by exactly one handler.</summary>
public sealed class CommandHandlerTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<Type> Grammar =
        [.. typeof(Command).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract).OrderBy(t => t.Name)];

    private CutoverTestHost App { get; set; } = null!;

    public async Task InitializeAsync() => App = await CutoverTestHost.Create().WithHeroku().StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public void Grammar_EveryCommand_HasExactlyOneHandler()
    {
        using var scope = App.Services.CreateScope();
        var handlers = scope.ServiceProvider.GetServices<ICommandHandler>()
            .GroupBy(h => h.Handles)
            .ToDictionary(g => g.Key, g => g.Select(h => h.GetType().Name).ToList());

        var wrong = Grammar
            .Select(c => (c.Name, Types: handlers.GetValueOrDefault(c) ?? []))
            .Where(c => c.Types.Count != 1)
            .Select(c => $"{c.Name}: {(c.Types.Count == 0 ? "none" : string.Join(", ", c.Types))}")
            .ToList();
        Assert.True(wrong.Count == 0, $"commands without exactly one handler: {string.Join("; ", wrong)}");
        Assert.Equal(Grammar, scope.ServiceProvider.GetRequiredService<ChatCommands>().Handled.OrderBy(t => t.Name));
    }
}
