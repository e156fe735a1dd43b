using Cutover.Sandbox.Heroku;

namespace Cutover.Sandbox;

/// <summary>
/// Runs the Heroku simulator on its own, at the root of the given URLs:
/// <c>dotnet run --project src/Cutover.Sandbox -- --urls http://127.0.0.1:5099 [--seed path/to/seed.yaml]</c>.
/// </summary>
public static class SandboxProgram
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var seed = builder.Configuration["seed"];
        builder.Services.AddHerokuSimulator(o => o.SeedPath = string.IsNullOrWhiteSpace(seed) ? null : seed);
        var app = builder.Build();
        app.MapHerokuSimulator();
        // Load the seed now: a broken seed stops start-up with its message instead of failing the first request.
        app.Services.GetRequiredService<HerokuSimulator>();
        await app.RunAsync();
        return 0;
    }
}
