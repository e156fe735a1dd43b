namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// A Slack Web API call that did not succeed: <c>ok: false</c> with Slack's <see cref="Error"/> code
/// (<c>channel_not_found</c>, <c>missing_scope</c>, <c>invalid_blocks</c> …), a 429 that outlasted the retries
/// (<c>ratelimited</c>), or an HTTP failure (<c>http_503</c>). The message names the method and the code, never
/// the token or the request body.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException(string method, string error, HttpStatusCode statusCode = HttpStatusCode.OK, string? needed = null,
        IReadOnlyList<string>? details = null, TimeSpan? retryAfter = null)
        : base(Describe(method, error, needed, details))
    {
        Method = method;
        Error = error;
        StatusCode = statusCode;
        Needed = needed;
        Details = details ?? [];
        RetryAfter = retryAfter;
    }

    public SlackApiException()
        : this("unknown", "unknown_error")
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
        Method = "unknown";
        Error = "unknown_error";
        Details = [];
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
        Details = [];
    }

    /// <summary>The Web API method, e.g. <c>chat.postMessage</c>.</summary>
    public string Method { get; }

    /// <summary>Slack's error code, or <c>ratelimited</c> / <c>http_&lt;status&gt;</c> / <c>invalid_response</c>.</summary>
    public string Error { get; }

    /// <summary>200 for an <c>ok: false</c> answer; otherwise the HTTP status Slack answered.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>For <c>missing_scope</c>: the scope the app needs.</summary>
    public string? Needed { get; }

    /// <summary><c>response_metadata.messages</c>, e.g. which block broke a limit for <c>invalid_blocks</c>.</summary>
    public IReadOnlyList<string> Details { get; }

    /// <summary>For <c>ratelimited</c>: how long Slack asked to wait.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(string method, string error, string? needed, IReadOnlyList<string>? details)
    {
        var text = $"Slack {method} failed: {error}";
        if (!string.IsNullOrEmpty(needed))
            text += $" (needs scope {needed})";
        if (details is { Count: > 0 })
            text += $" [{string.Join("; ", details)}]";
        return text;
    }
}
