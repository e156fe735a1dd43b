namespace Cutover.Sandbox.Heroku.Model;

/// <summary>An add-on (resource) billed to one app; provisioning until <see cref="ReadyAt"/>.</summary>
internal sealed class SimAddon
{
    public const string Provisioning = "provisioning";
    public const string Provisioned = "provisioned";
    public const string Deprovisioned = "deprovisioned";

    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required SimPlan Plan { get; set; }

    public required SimApp BillingApp { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>Config var values by suffix (<c>_URL</c> → <c>postgres://…</c>).</summary>
    public required IReadOnlyDictionary<string, string> Credentials { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset ReadyAt { get; init; }

    public string State { get; set; } = Provisioning;

    public DateTimeOffset UpdatedAt { get; set; }

    public string ProvisionMessage { get; set; } = string.Empty;

    /// <summary>Destroyed through the API: gone from every list and lookup (a failed provisioning is not).</summary>
    public bool Destroyed { get; set; }

    /// <summary>Provisioning ends in <see cref="Deprovisioned"/> (an injected fault).</summary>
    public bool FailsProvisioning { get; init; }

    /// <summary>The Postgres leader this follower replicates, until it is unfollowed.</summary>
    public SimAddon? Following { get; set; }

    /// <summary>The leader's URL when following started (Data API <c>following</c>).</summary>
    public string? FollowingUrl { get; set; }

    public long InitialLag { get; init; }

    public TimeSpan CatchUp { get; init; }

    /// <summary>The add-on whose data this one was forked from.</summary>
    public SimAddon? ForkedFrom { get; init; }

    /// <summary>Size of a new, empty Postgres database (what Heroku's pg:info shows before any data).</summary>
    public const long EmptyDatabaseBytes = 8_900_000;

    /// <summary>Postgres: bytes of data and tables it holds (a follower or fork starts with its source's; a copy replaces them).</summary>
    public long DataBytes { get; set; } = EmptyDatabaseBytes;

    public int Tables { get; set; }

    /// <summary>Postgres settings changed with pg:settings (name → value); the rest keep Heroku's defaults.</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public SimAddonService Service => Plan.Service;

    /// <summary>Commits still to replay: drains linearly from provisioning over <see cref="CatchUp"/>.</summary>
    public long LagAt(DateTimeOffset now)
    {
        if (Following is null || now < ReadyAt)
            return Following is null ? 0 : InitialLag;
        var elapsed = now - ReadyAt;
        if (CatchUp <= TimeSpan.Zero || elapsed >= CatchUp)
            return 0;
        return (long)Math.Ceiling(InitialLag * (1 - (elapsed / CatchUp)));
    }
}
