namespace Cutover.Chat.Slack.WebApi;

/// <summary>Where to send the file's bytes, and the id to complete the upload with.</summary>
public sealed record FilesGetUploadUrlResponse : SlackResponse
{
    public string? UploadUrl { get; init; }

    public string? FileId { get; init; }
}
