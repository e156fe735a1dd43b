namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// Slack checking the endpoint's TLS certificate (<c>ssl_check=1</c> on the command URL). Slack sends it
/// unsigned; answer 200 and do nothing else (see <see cref="SlackPayloadParser.IsSslCheck(string)"/>).
/// </summary>
public sealed record SlackSslCheck : SlackRequest
{
    public override string? DedupeKey => null;
}
