namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An add-on attachment (SCHEMA <c>add-on-attachment</c>): an add-on made visible to an app under a name.</summary>
public sealed record AddOnAttachment
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Attachment name, e.g. <c>DATABASE</c>; the config var is <c>DATABASE_URL</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Attachment namespace, e.g. <c>connection-pooling:default</c>, or null.</summary>
    public string? Namespace { get; init; }

    /// <summary>The attached add-on and its billing app.</summary>
    public AttachedAddOn? Addon { get; init; }

    /// <summary>The app the add-on is attached to.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>
    /// Config vars this attachment sets on <see cref="App"/>. Not in the schema: present only when listed with
    /// <c>Accept-Inclusion: addon:plan,config_vars</c> (the CLI does this); null otherwise.
    /// </summary>
    public IReadOnlyList<string>? ConfigVars { get; init; }

    /// <summary>Add-on dashboard URL for this attachment.</summary>
    public string? WebUrl { get; init; }

    /// <summary>When the attachment was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the attachment was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
