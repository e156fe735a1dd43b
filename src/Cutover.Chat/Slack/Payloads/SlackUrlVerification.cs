namespace Cutover.Chat.Slack.Payloads;

/// <summary>The Events API handshake: answer 200 with <see cref="Challenge"/>.</summary>
public sealed record SlackUrlVerification(string Challenge) : SlackRequest
{
    public override string? DedupeKey => null;
}
