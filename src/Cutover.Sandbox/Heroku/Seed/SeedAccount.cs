namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>The one account the simulator serves, and the bearer tokens that authenticate as it.</summary>
internal sealed class SeedAccount
{
    public string Email { get; set; } = "sre@example.com";

    public string? Name { get; set; }

    public List<string> Tokens { get; set; } = [];

    /// <summary>Account features (of the catalogue's <c>account: true</c> features) the account has enabled.</summary>
    public List<string> Features { get; set; } = [];
}
