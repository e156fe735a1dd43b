namespace Cutover.Chat.Slack;

/// <summary>
/// Shares a picture into a thread the way Slack asks for it now: <c>files.getUploadURLExternal</c> (name, size, alt
/// text), the bytes POSTed to the returned upload URL (pre-signed: no token goes there), then
/// <c>files.completeUploadExternal</c> into the channel's thread. Needs the <c>files:write</c> scope.
/// </summary>
public sealed class SlackFileUploads(ISlackWebApi api, HttpClient http)
{
    /// <summary>Uploads <paramref name="image"/> into thread <paramref name="threadTs"/> of <paramref name="channelId"/>; throws when any of the three calls fails.</summary>
    public async Task UploadAsync(string channelId, string threadTs, ChatImage image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        var alt = image.AltText.Length > 1000 ? image.AltText[..1000] : image.AltText;
        var target = await api.GetUploadUrlAsync(new FilesGetUploadUrlRequest(image.FileName, image.Png.Length, alt), cancellationToken).ConfigureAwait(false);
        if (target is not { UploadUrl: { Length: > 0 } url, FileId: { Length: > 0 } fileId })
            throw new SlackApiException("files.getUploadURLExternal", "invalid_response");
        using (var content = new ReadOnlyMemoryContent(image.Png))
        using (var upload = new HttpRequestMessage(HttpMethod.Post, new Uri(url)) { Content = content })
        {
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            // The upload URL grants access by itself: telemetry records its host only.
            CapabilityUrl.Mark(upload);
            using var uploaded = await http.SendAsync(upload, cancellationToken).ConfigureAwait(false);
            if (!uploaded.IsSuccessStatusCode)
                throw new SlackApiException("file upload", $"http_{(int)uploaded.StatusCode}");
        }

        var files = JsonSerializer.Serialize(new[] { new { id = fileId, title = image.FileName } });
        await api.CompleteUploadAsync(new FilesCompleteUploadRequest(files, channelId, threadTs), cancellationToken).ConfigureAwait(false);
    }
}
