namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A person given access to an app, with their team-app permissions (<c>view</c> is implied).</summary>
internal sealed class SeedCollaborator
{
    public string Email { get; set; } = string.Empty;

    public List<string> Permissions { get; set; } = [];
}

/// <summary>An app webhook subscription; its secret is generated.</summary>
internal sealed class SeedWebhook
{
    public string Url { get; set; } = string.Empty;

    public List<string> Include { get; set; } = [];

    public string Level { get; set; } = "notify";
}

/// <summary>The app's place in a pipeline; the pipeline is created with the first app coupled to it.</summary>
internal sealed class SeedCoupling
{
    public string Name { get; set; } = string.Empty;

    public string Stage { get; set; } = "production";
}
