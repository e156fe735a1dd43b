namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// A well-formed request of a kind Cutover does not act on (a shortcut, a <c>message</c> event, …).
/// Answer 200 so Slack does not retry it, and do nothing.
/// </summary>
/// <param name="Type">What it was, e.g. <c>interaction:shortcut</c> or <c>event:message</c>.</param>
public sealed record SlackUnhandledRequest(string Type) : SlackRequest
{
    public override string? DedupeKey => null;
}
