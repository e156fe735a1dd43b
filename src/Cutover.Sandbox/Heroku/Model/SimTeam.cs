namespace Cutover.Sandbox.Heroku.Model;

/// <summary>The team that owns spaces and team apps.</summary>
internal sealed class SimTeam
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Team apps are owned by this pseudo-user, as on Heroku.</summary>
    public string OwnerEmail => $"{Name}@herokumanager.com";
}
