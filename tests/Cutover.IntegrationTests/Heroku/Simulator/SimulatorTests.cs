namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// A fresh simulator for every test (xUnit makes a new instance of the class per test), unmounted, with a client
/// that sends Heroku's Accept header and the seed's token; both are gone once the test ends.
/// </summary>
public abstract class SimulatorTests : IAsyncLifetime
{
    protected SimulatorHost Host { get; private set; } = null!;

    protected HttpClient Heroku { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Host = await SimulatorHost.StartAsync();
        Heroku = Host.CreateClient();
    }

    public virtual async Task DisposeAsync()
    {
        Heroku.Dispose();
        await Host.DisposeAsync();
    }
}
