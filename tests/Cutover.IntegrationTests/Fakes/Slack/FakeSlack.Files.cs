using System.Collections.Concurrent;

namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// File uploads as Slack takes them now: <c>files.getUploadURLExternal</c> hands out a pre-signed upload URL (on this
/// fake, <c>/upload/{id}</c>, no token), the bytes are POSTed there, and <c>files.completeUploadExternal</c> shares the
/// uploaded files into a channel's thread. A completion naming a file never uploaded, or uploaded with another length
/// than announced, fails as on Slack.
/// </summary>
public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<string, (string Name, long Length, string? Alt, byte[]? Bytes)> _uploads = new();
    private readonly List<FakeSlackFile> _files = [];

    /// <summary>The files shared into channels, in order.</summary>
    public IReadOnlyList<FakeSlackFile> Files
    {
        get
        {
            lock (_gate)
                return [.. _files];
        }
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) GetUploadUrl(FakeSlackArgs args)
    {
        if (args.String("filename") is not { Length: > 0 } name || !long.TryParse(args.String("length"), CultureInfo.InvariantCulture, out var length) || length <= 0)
            return Error("missing_argument");
        var id = $"F{Guid.NewGuid():N}"[..11].ToUpperInvariant();
        _uploads[id] = (name, length, args.String("alt_txt"), null);
        return Ok(new JsonObject { ["upload_url"] = new Uri(Root, $"upload/{id}").ToString(), ["file_id"] = id });
    }

    private async Task HandleUploadAsync(HttpContext context, string id)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        if (!_uploads.TryGetValue(id, out var upload))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        _uploads[id] = upload with { Bytes = buffer.ToArray() };
        Changed();
        await context.Response.WriteAsync($"OK - {buffer.Length}");
    }

    private (HttpStatusCode, JsonObject, TimeSpan?) CompleteUpload(FakeSlackArgs args)
    {
        if (args.String("files") is not { } json)
            return Error("invalid_arguments");
        var channel = args.String("channel_id");
        if (channel is not null && !IsChannelId(channel))
            return Error("channel_not_found");
        var shared = new JsonArray();
        foreach (var entry in JsonNode.Parse(json)!.AsArray())
        {
            var id = (string?)entry!["id"];
            if (id is null || !_uploads.TryGetValue(id, out var upload) || upload.Bytes is null)
                return Error("file_not_found");
            if (upload.Bytes.Length != upload.Length)
                return Error("file_size_mismatch");
            lock (_gate)
                _files.Add(new FakeSlackFile(id, channel, args.String("thread_ts"), upload.Name, (string?)entry["title"], upload.Alt, upload.Bytes));
            shared.Add(new JsonObject { ["id"] = id, ["title"] = (string?)entry["title"] });
        }

        return Ok(new JsonObject { ["files"] = shared });
    }
}
