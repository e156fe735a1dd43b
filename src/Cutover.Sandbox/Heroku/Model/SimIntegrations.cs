namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A log drain added to the app itself (<c>heroku drains:add</c>); add-on drains come from their add-on.</summary>
internal sealed record SimLogDrain(Guid Id, string Url, string Token, DateTimeOffset CreatedAt);

/// <summary>A person given access to a team app (or to a personal one), other than the team's admins.</summary>
internal sealed class SimCollaborator
{
    public required Guid Id { get; init; }

    public required string Email { get; init; }

    /// <summary>Team-app permissions; always holds <c>view</c>.</summary>
    public required SortedSet<string> Permissions { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An app webhook subscription; its secret and authorization are write-only, as on Heroku.</summary>
internal sealed class SimWebhook
{
    public required Guid Id { get; init; }

    public required string Url { get; set; }

    public required List<string> Include { get; set; }

    public required string Level { get; set; }

    public required string Secret { get; set; }

    public string? Authorization { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A pipeline owned by the team.</summary>
internal sealed class SimPipeline
{
    public required Guid Id { get; init; }

    public required string Name { get; set; }

    public required SimTeam Owner { get; init; }

    public required SimGeneration Generation { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>An app's place in a pipeline: one coupling per app.</summary>
internal sealed class SimCoupling
{
    public required Guid Id { get; init; }

    public required SimApp App { get; init; }

    public required SimPipeline Pipeline { get; init; }

    public required string Stage { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; set; }
}
