namespace Cutover.Chat.Slack.WebApi;

/// <summary>The arguments of <see href="https://docs.slack.dev/reference/methods/files.getUploadURLExternal">files.getUploadURLExternal</see>.</summary>
public sealed record FilesGetUploadUrlRequest(
    [property: AliasAs("filename")] string FileName,
    [property: AliasAs("length")] long Length,
    [property: AliasAs("alt_txt")] string? AltText);
