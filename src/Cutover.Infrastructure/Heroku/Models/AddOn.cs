namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An add-on (SCHEMA <c>add-on</c>).</summary>
public sealed record AddOn
{
    /// <summary>Unique identifier; the Data API knows databases by it.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Globally unique name, e.g. <c>looking-simply-2449</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>provisioning</c>, <c>provisioned</c> or <c>deprovisioned</c> (= failed or gone).</summary>
    public string State { get; init; } = string.Empty;

    /// <summary>The service, e.g. <c>heroku-postgresql</c>.</summary>
    public ResourceRef? AddonService { get; init; }

    /// <summary>The plan, e.g. <c>heroku-postgresql:private-4</c>.</summary>
    public ResourceRef? Plan { get; init; }

    /// <summary>The billing app — deleting it deletes the add-on.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>Config vars the add-on exposes to its billing app, e.g. <c>DATABASE_URL</c>.</summary>
    public IReadOnlyList<string> ConfigVars { get; init; } = [];

    /// <summary>Provider's id for the add-on.</summary>
    public string? ProviderId { get; init; }

    /// <summary>Provider's message after provisioning.</summary>
    public string? ProvisionMessage { get; init; }

    /// <summary>Price billed for the add-on, if any.</summary>
    public Price? BilledPrice { get; init; }

    /// <summary>Add-on dashboard URL.</summary>
    public string? WebUrl { get; init; }

    /// <summary>When the add-on was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the add-on was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
