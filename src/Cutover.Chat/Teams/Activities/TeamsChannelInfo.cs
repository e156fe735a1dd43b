namespace Cutover.Chat.Teams.Activities;

/// <summary>A Teams channel (<c>19:…@thread.tacv2</c>).</summary>
public sealed record TeamsChannelInfo
{
    public string? Id { get; init; }

    public string? Name { get; init; }
}
