namespace Cutover.Chat.Slack.Verification;

/// <summary>Why a request was not accepted as coming from Slack.</summary>
public enum SlackVerificationFailure
{
    None,
    MissingTimestamp,
    MalformedTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    MissingSignature,
    UnsupportedVersion,
    MalformedSignature,
    SignatureMismatch,
}
