namespace Cutover.Chat.Teams.Activities;

/// <summary>The team a channel belongs to.</summary>
public sealed record TeamsTeamInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadGroupId { get; init; }
}
