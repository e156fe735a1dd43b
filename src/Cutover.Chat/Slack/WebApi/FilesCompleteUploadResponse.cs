namespace Cutover.Chat.Slack.WebApi;

/// <summary>The answer of files.completeUploadExternal: the files shared.</summary>
public sealed record FilesCompleteUploadResponse : SlackResponse
{
    public IReadOnlyList<SlackFile>? Files { get; init; }
}
