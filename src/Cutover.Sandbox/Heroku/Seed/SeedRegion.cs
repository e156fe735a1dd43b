namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A region: Common Runtime (<c>us</c>, <c>eu</c>) or Private-Space capable (<c>virginia</c>, …).</summary>
internal sealed class SeedRegion
{
    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public string Locale { get; set; } = string.Empty;

    public string ProviderRegion { get; set; } = "us-east-1";

    public bool PrivateCapable { get; set; }
}
