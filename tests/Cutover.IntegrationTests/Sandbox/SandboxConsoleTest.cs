namespace Cutover.IntegrationTests.Sandbox;

/// <summary>A test class with the host in sandbox mode on a loopback port and a client of its console API, one per test.</summary>
public abstract class SandboxConsoleTest : IAsyncLifetime
{
    protected CutoverTestHost App { get; private set; } = null!;

    protected SandboxClient Console { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App = await CutoverTestHost.Unconfigured().OnLoopback().StartAsync();
        Console = new SandboxClient(App.Address);
    }

    public async Task DisposeAsync()
    {
        Console.Dispose();
        await App.DisposeAsync();
    }
}
