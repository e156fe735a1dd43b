namespace Cutover.Chat.Slack.WebApi;

/// <summary>A file Slack holds: its id and title.</summary>
public sealed record SlackFile
{
    public string? Id { get; init; }

    public string? Title { get; init; }
}
