namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>The one account the simulator serves, and the bearer tokens that authenticate as it.</summary>
internal sealed class SeedAccount
{
    public string Email { get; set; } = "sre@example.com";

    public string? Name { get; set; }

    public List<string> Tokens { get; set; } = [];
}
