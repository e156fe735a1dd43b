namespace Cutover.Chat.Slack.Verification;

/// <summary>
/// Slack's request signature (<see href="https://docs.slack.dev/authentication/verifying-requests-from-slack/">verifying
/// requests from Slack</see>): <c>v0=</c> + lowercase hex HMAC-SHA256, keyed with the signing secret, over
/// <c>v0:{timestamp}:{raw body}</c>. The verifier checks it; the fake Slack and the benchmarks sign with it.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";
    public const string Version = "v0";

    /// <summary>The <c>X-Slack-Signature</c> value for <paramref name="body"/> sent at <paramref name="timestamp"/> (Unix seconds, as sent).</summary>
    public static string Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        return Compute(Encoding.UTF8.GetBytes(signingSecret), timestamp, body);
    }

    /// <summary>The timestamp header and signature header values for a request sent at <paramref name="at"/>.</summary>
    public static (string Timestamp, string Signature) Sign(string signingSecret, DateTimeOffset at, ReadOnlySpan<byte> body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (timestamp, Compute(signingSecret, timestamp, body));
    }

    internal static string Compute(byte[] key, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return $"{Version}={Convert.ToHexStringLower(HMACSHA256.HashData(key, message))}";
    }
}
