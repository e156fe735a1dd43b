namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>An add-on billed to the app, already provisioned; <see cref="As"/> overrides the attachment name.</summary>
internal sealed class SeedAddon
{
    public string Plan { get; set; } = string.Empty;

    public string? Name { get; set; }

    public string? As { get; set; }
}
