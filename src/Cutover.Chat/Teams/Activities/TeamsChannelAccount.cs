namespace Cutover.Chat.Teams.Activities;

/// <summary>A user or bot: <c>29:…</c> users carry their stable Entra object id in <see cref="AadObjectId"/>.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }
}
