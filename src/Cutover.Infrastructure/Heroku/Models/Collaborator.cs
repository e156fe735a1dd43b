namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A person with access to an app (SCHEMA <c>collaborator</c>).</summary>
public sealed record Collaborator
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The account.</summary>
    public UserRef? User { get; init; }

    /// <summary><c>owner</c>, <c>admin</c>, <c>member</c>, <c>viewer</c> or <c>collaborator</c>; null on a personal app.</summary>
    public string? Role { get; init; }

    /// <summary>Team-app permissions (<c>deploy</c>, <c>manage</c>, <c>operate</c>, <c>view</c>); empty on a personal app.</summary>
    public IReadOnlyList<ResourceRef> Permissions { get; init; } = [];
}
