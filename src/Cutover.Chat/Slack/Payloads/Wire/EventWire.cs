namespace Cutover.Chat.Slack.Payloads.Wire;

/// <summary>The fields Cutover reads from an Events API body (<c>url_verification</c>, <c>event_callback</c>).</summary>
internal sealed record EventWire
{
    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? EventId { get; init; }

    public InnerEventWire? Event { get; init; }
}

internal sealed record InnerEventWire
{
    public string? Type { get; init; }

    public string? User { get; init; }

    public string? Text { get; init; }

    public string? Channel { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }
}
