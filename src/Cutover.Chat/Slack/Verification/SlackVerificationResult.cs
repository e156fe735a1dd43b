namespace Cutover.Chat.Slack.Verification;

/// <summary>
/// The outcome of checking a request's signature. <see cref="Reason"/> is one short line for the log; it never
/// contains the body, the signature sent or the signing secret.
/// </summary>
public readonly record struct SlackVerificationResult(SlackVerificationFailure Failure, string Reason)
{
    public static SlackVerificationResult Valid { get; } = new(SlackVerificationFailure.None, "verified");

    public bool IsValid => Failure == SlackVerificationFailure.None;

    internal static SlackVerificationResult Fail(SlackVerificationFailure failure, string reason) => new(failure, reason);
}
