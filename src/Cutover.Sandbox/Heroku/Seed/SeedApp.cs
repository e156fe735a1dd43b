namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>An app with its code, process formation, config, add-ons and custom domains.</summary>
internal sealed class SeedApp
{
    public string Name { get; set; } = string.Empty;

    public string Region { get; set; } = "us";

    public string? Space { get; set; }

    public string Stack { get; set; } = "heroku-24";

    public List<string> Buildpacks { get; set; } = [];

    public List<string> Features { get; set; } = [];

    public bool Acm { get; set; }

    public bool Maintenance { get; set; }

    public bool InternalRouting { get; set; }

    /// <summary>How many releases the app has had; the last deploys <see cref="Slug"/>.</summary>
    public int Releases { get; set; } = 1;

    public SeedSlug? Slug { get; set; }

    public Dictionary<string, SeedFormation> Formation { get; set; } = [];

    public Dictionary<string, string> Config { get; set; } = [];

    public List<SeedAddon> Addons { get; set; } = [];

    public List<string> Domains { get; set; } = [];

    /// <summary>Hostnames of a certificate the app has uploaded (an SNI endpoint); its domains among them are served with it.</summary>
    public List<string> Certificate { get; set; } = [];

    /// <summary>Log drains added to the app itself (syslog or HTTPS URLs).</summary>
    public List<string> Drains { get; set; } = [];

    public List<SeedCollaborator> Collaborators { get; set; } = [];

    public List<SeedWebhook> Webhooks { get; set; } = [];

    public SeedCoupling? Pipeline { get; set; }
}
