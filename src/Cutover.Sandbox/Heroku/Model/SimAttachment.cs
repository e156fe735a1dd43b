namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An add-on attached to an app under a name; the name decides the config vars it sets.</summary>
internal sealed class SimAttachment
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required string? Namespace { get; init; }

    public required SimApp App { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required SimAddon Addon { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The config vars this attachment owns on its app, e.g. <c>DATABASE_URL</c>.</summary>
    public IEnumerable<string> ConfigVarNames => Addon.Service.ConfigVarSuffixes.Select(suffix => Name + suffix);
}
