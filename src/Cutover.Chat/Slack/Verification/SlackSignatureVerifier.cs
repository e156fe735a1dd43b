namespace Cutover.Chat.Slack.Verification;

/// <summary>
/// Verifies that a request comes from Slack: the <c>v0</c> HMAC-SHA256 signature over the raw body bytes,
/// compared in constant time, and a timestamp within <see cref="MaxClockSkew"/> of now in either direction
/// (a replayed or pre-dated request fails). Call it before parsing the body.
/// </summary>
public sealed class SlackSignatureVerifier
{
    /// <summary>How far the request timestamp may be from now, both ways (Slack recommends five minutes).</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromSeconds(300);

    private const int HexDigits = 64;

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public SlackSignatureVerifier(string signingSecret, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(signingSecret))
            throw new ArgumentException("The Slack signing secret is empty.", nameof(signingSecret));
        ArgumentNullException.ThrowIfNull(time);
        _key = Encoding.UTF8.GetBytes(signingSecret);
        _time = time;
    }

    /// <param name="timestamp">The <c>X-Slack-Request-Timestamp</c> header, as received (null when absent).</param>
    /// <param name="signature">The <c>X-Slack-Signature</c> header, as received (null when absent).</param>
    /// <param name="body">The raw request body bytes, before any form or JSON parsing.</param>
    public SlackVerificationResult Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp))
            return SlackVerificationResult.Fail(SlackVerificationFailure.MissingTimestamp, $"missing {SlackSignature.TimestampHeader}");
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SlackVerificationResult.Fail(SlackVerificationFailure.MalformedTimestamp, $"{SlackSignature.TimestampHeader} is not Unix seconds");
        var skew = _time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (skew > MaxClockSkew.TotalSeconds)
            return SlackVerificationResult.Fail(SlackVerificationFailure.StaleTimestamp, $"timestamp is {skew.ToString(CultureInfo.InvariantCulture)} s old (limit 300 s)");
        if (-skew > MaxClockSkew.TotalSeconds)
            return SlackVerificationResult.Fail(SlackVerificationFailure.FutureTimestamp, $"timestamp is {(-skew).ToString(CultureInfo.InvariantCulture)} s in the future (limit 300 s)");
        if (string.IsNullOrEmpty(signature))
            return SlackVerificationResult.Fail(SlackVerificationFailure.MissingSignature, $"missing {SlackSignature.SignatureHeader}");
        if (!signature.StartsWith(SlackSignature.Version + "=", StringComparison.Ordinal))
            return SlackVerificationResult.Fail(SlackVerificationFailure.UnsupportedVersion, "signature version is not v0");
        if (signature.Length != SlackSignature.Version.Length + 1 + HexDigits || !IsLowerHex(signature.AsSpan(SlackSignature.Version.Length + 1)))
            return SlackVerificationResult.Fail(SlackVerificationFailure.MalformedSignature, "signature is not 64 lowercase hex digits");

        var expected = Encoding.ASCII.GetBytes(SlackSignature.Compute(_key, timestamp, body));
        var actual = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, actual)
            ? SlackVerificationResult.Valid
            : SlackVerificationResult.Fail(SlackVerificationFailure.SignatureMismatch, "signature does not match the body");
    }

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
                return false;
        }

        return true;
    }
}
