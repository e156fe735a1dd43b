namespace Cutover.Infrastructure.Persistence;

/// <summary>A person's display name as last sent by their platform: one row of <c>people</c> per qualified id.</summary>
public sealed class PersonRow(string userId, string displayName, DateTimeOffset seenAt)
{
    public string UserId { get; private set; } = userId;

    public string DisplayName { get; set; } = displayName;

    public DateTimeOffset SeenAt { get; set; } = seenAt;
}
