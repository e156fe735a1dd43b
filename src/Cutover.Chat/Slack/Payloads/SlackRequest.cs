namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// A parsed, typed inbound Slack request: a slash command, an interaction or an Events API callback.
/// Parse only after the signature has been verified (except <see cref="SlackSslCheck"/>, which Slack sends unsigned).
/// </summary>
public abstract record SlackRequest
{
    /// <summary>
    /// The key the request ledger claims so that a redelivery or a double click has exactly one effect
    /// (see <see cref="SlackDedupeKeys"/>); null when the request changes nothing and needs no dedupe.
    /// </summary>
    public abstract string? DedupeKey { get; }
}
