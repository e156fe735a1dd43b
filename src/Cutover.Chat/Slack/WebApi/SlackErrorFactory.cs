namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// Reads Slack's <c>{ok, error}</c> envelope on every answer (plugged into Refit's <c>ExceptionFactory</c>):
/// <c>ok: false</c>, a 429 left after the retries and any other non-2xx status become a
/// <see cref="SlackApiException"/>; <c>warning</c>s on success are logged. Slack only uses the HTTP status for 200
/// and 429, so the envelope — not the status — is where calls fail.
/// </summary>
public static partial class SlackErrorFactory
{
    /// <summary>Answers larger than this are refused rather than buffered (Cutover's methods answer a few kB).</summary>
    public const int MaxAnswerBytes = 4 * 1024 * 1024;

    /// <summary>The exception for a failed call, or null when Slack answered <c>ok: true</c>.</summary>
    public static async ValueTask<Exception?> CreateAsync(HttpResponseMessage response, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        var method = MethodName(response.RequestMessage?.RequestUri);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            return new SlackApiException(method, "ratelimited", response.StatusCode, retryAfter: response.Headers.RetryAfter?.Delta);
        if (!response.IsSuccessStatusCode)
            return new SlackApiException(method, $"http_{(int)response.StatusCode}", response.StatusCode);
        if (response.Content.Headers.ContentLength > MaxAnswerBytes)
            return new SlackApiException(method, "invalid_response", response.StatusCode);

        // Buffered, so that Refit can still deserialize the answer after this look at it.
        await response.Content.LoadIntoBufferAsync(MaxAnswerBytes).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        var envelope = Envelope.Read(body);
        if (envelope is null)
            return new SlackApiException(method, "invalid_response", response.StatusCode);
        if (!envelope.Ok)
            return new SlackApiException(method, envelope.Error ?? "unknown_error", needed: envelope.Needed, details: envelope.Messages);
        if (envelope.Warning is { Length: > 0 } warning && logger is not null)
            LogWarning(logger, method, warning);
        return null;
    }

    /// <summary>The method name is the last path segment: <c>…/api/chat.postMessage</c> → <c>chat.postMessage</c>.</summary>
    public static string MethodName(Uri? uri)
    {
        var path = uri is null ? string.Empty : uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString.Split('?', 2)[0];
        var name = path.TrimEnd('/');
        return name[(name.LastIndexOf('/') + 1)..] is { Length: > 0 } last ? last : "unknown";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack {Method} succeeded with a warning: {Warning}")]
    private static partial void LogWarning(ILogger logger, string method, string warning);

    private sealed record Envelope(bool Ok, string? Error, string? Warning, string? Needed, IReadOnlyList<string> Messages)
    {
        public static Envelope? Read(byte[] body)
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok)
                    || ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                    return null;
                var messages = root.TryGetProperty("response_metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
                    && metadata.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
                        ? list.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!).ToList()
                        : [];
                return new Envelope(ok.GetBoolean(), Text(root, "error"), Text(root, "warning"), Text(root, "needed"), messages);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? Text(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
