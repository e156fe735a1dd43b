namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// The arguments of <see href="https://docs.slack.dev/reference/methods/files.completeUploadExternal">files.completeUploadExternal</see>:
/// <paramref name="Files"/> is the JSON array of <c>{"id","title"}</c>; the file is shared into <paramref name="ChannelId"/>'s thread <paramref name="ThreadTs"/>.
/// </summary>
public sealed record FilesCompleteUploadRequest(
    [property: AliasAs("files")] string Files,
    [property: AliasAs("channel_id")] string ChannelId,
    [property: AliasAs("thread_ts")] string? ThreadTs);
