namespace Cutover.Chat.Slack.Payloads;

/// <summary>A typed request, or a short reason fit for a 400 answer and a log line (never the body).</summary>
public sealed record SlackParseResult
{
    private SlackParseResult(SlackRequest? request, string? error)
    {
        Request = request;
        Error = error;
    }

    public SlackRequest? Request { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Request))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Request is not null;

    public static SlackParseResult Success(SlackRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SlackParseResult(request, null);
    }

    public static SlackParseResult Failure(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new SlackParseResult(null, error);
    }

    public override string ToString() => IsSuccess ? Request.GetType().Name : $"invalid: {Error}";
}
