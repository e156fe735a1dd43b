namespace Cutover.Chat.Slack.WebApi;

/// <summary>The fields of an opened view Cutover reads.</summary>
public sealed record OpenedView
{
    public string? Id { get; init; }

    public string? CallbackId { get; init; }
}
