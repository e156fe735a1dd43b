namespace Cutover.IntegrationTests.Sandbox;

/// <summary>A test class with the host in sandbox mode on a loopback port and a client of its console API, one per test.</summary>
public abstract class SandboxConsoleTest : IAsyncLifetime
{
    protected SandboxApp App { get; private set; } = null!;

    protected SandboxClient Console { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App = new SandboxApp();
        Console = new SandboxClient(App.StartOnLoopback());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Console.Dispose();
        await App.DisposeAsync();
    }
}
