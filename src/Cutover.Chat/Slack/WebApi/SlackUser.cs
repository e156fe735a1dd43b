namespace Cutover.Chat.Slack.WebApi;

/// <summary>The fields of a Slack user Cutover reads.</summary>
public sealed record SlackUser
{
    public string Id { get; init; } = string.Empty;

    public string? TeamId { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    public string? Tz { get; init; }

    public bool IsBot { get; init; }

    public bool Deleted { get; init; }
}
