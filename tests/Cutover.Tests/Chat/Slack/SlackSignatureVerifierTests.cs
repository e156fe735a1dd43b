using Cutover.Chat.Slack.Verification;

namespace Cutover.Tests.Chat.Slack;

public class SlackSignatureVerifierTests
{
    private static readonly JsonElement Vector = JsonDocument.Parse(SlackTestFiles.Fixture("signature-test-vector.json")).RootElement;
    private static readonly string Secret = Vector.GetProperty("signing_secret").GetString()!;
    private static readonly string Timestamp = Vector.GetProperty("x_slack_request_timestamp").GetString()!;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Vector.GetProperty("body").GetString()!);
    private static readonly string Signature = Vector.GetProperty("expected_x_slack_signature").GetString()!;
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Compute_OfficialVector_MatchesSlacksSignature() =>
        Assert.Equal(Signature, SlackSignature.Compute(Secret, Timestamp, Body));

    [Fact]
    public void Verify_OfficialVectorAtItsTime_IsValid()
    {
        var result = Verifier(SentAt).Verify(Timestamp, Signature, Body);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(SlackVerificationFailure.None, result.Failure);
    }

    public static TheoryData<string, int, SlackVerificationFailure> Clocks => new()
    {
        { "299 s later", 299, SlackVerificationFailure.None },
        { "300 s later", 300, SlackVerificationFailure.None },
        { "301 s later (stale)", 301, SlackVerificationFailure.StaleTimestamp },
        { "a day later (replay)", 86_400, SlackVerificationFailure.StaleTimestamp },
        { "300 s earlier", -300, SlackVerificationFailure.None },
        { "301 s earlier (future)", -301, SlackVerificationFailure.FutureTimestamp },
    };

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Verify_ClockAwayFromTimestamp_AcceptsOnlyWithinFiveMinutes(string name, int seconds, SlackVerificationFailure expected)
    {
        var result = Verifier(SentAt.AddSeconds(seconds)).Verify(Timestamp, Signature, Body);

        Assert.True(expected == result.Failure, $"{name}: {result.Reason}");
    }

    [Fact]
    public void Verify_TamperedBody_FailsAsMismatch()
    {
        var tampered = Encoding.UTF8.GetBytes(Vector.GetProperty("body").GetString() + "------");

        var result = Verifier(SentAt).Verify(Timestamp, Signature, tampered);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void Verify_SignedWithAnotherSecret_FailsAsMismatch()
    {
        var forged = SlackSignature.Compute("not-the-signing-secret", Timestamp, Body);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, Verifier(SentAt).Verify(Timestamp, forged, Body).Failure);
    }

    [Fact]
    public void Verify_TimestampChangedToLookFresh_FailsAsMismatch()
    {
        var later = SentAt.AddHours(1);
        var replayedTimestamp = later.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = Verifier(later).Verify(replayedTimestamp, Signature, Body);

        Assert.Equal(SlackVerificationFailure.SignatureMismatch, result.Failure);
    }

    public static TheoryData<string, string?, string?, SlackVerificationFailure> BadHeaders => new()
    {
        { "no timestamp", null, Signature, SlackVerificationFailure.MissingTimestamp },
        { "empty timestamp", "", Signature, SlackVerificationFailure.MissingTimestamp },
        { "words", "yesterday", Signature, SlackVerificationFailure.MalformedTimestamp },
        { "negative", "-1531420618", Signature, SlackVerificationFailure.MalformedTimestamp },
        { "fractional", "1531420618.5", Signature, SlackVerificationFailure.MalformedTimestamp },
        { "huge", "99999999999999999999", Signature, SlackVerificationFailure.MalformedTimestamp },
        { "no signature", Timestamp, null, SlackVerificationFailure.MissingSignature },
        { "empty signature", Timestamp, "", SlackVerificationFailure.MissingSignature },
        { "v1 signature", Timestamp, "v1=" + Signature[3..], SlackVerificationFailure.UnsupportedVersion },
        { "bare hex", Timestamp, Signature[3..], SlackVerificationFailure.UnsupportedVersion },
        { "short", Timestamp, Signature[..40], SlackVerificationFailure.MalformedSignature },
        { "upper case", Timestamp, "v0=" + Signature[3..].ToUpperInvariant(), SlackVerificationFailure.MalformedSignature },
        { "not hex", Timestamp, "v0=" + new string('z', 64), SlackVerificationFailure.MalformedSignature },
        { "one digit off", Timestamp, Signature[..^1] + (Signature[^1] == '0' ? '1' : '0'), SlackVerificationFailure.SignatureMismatch },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public void Verify_MissingOrMalformedHeaders_FailsWithItsReason(string name, string? timestamp, string? signature, SlackVerificationFailure expected)
    {
        var result = Verifier(SentAt).Verify(timestamp, signature, Body);

        Assert.True(expected == result.Failure, $"{name}: got {result.Failure} ({result.Reason})");
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Verify_EmptyBodySignedProperly_IsValid()
    {
        var signature = SlackSignature.Compute(Secret, Timestamp, []);

        Assert.True(Verifier(SentAt).Verify(Timestamp, signature, []).IsValid);
    }

    [Fact]
    public void Verify_AnyFailure_ReasonNamesNeitherSecretNorBodyNorSignature()
    {
        var reasons = new[]
        {
            Verifier(SentAt).Verify(Timestamp, Signature, Encoding.UTF8.GetBytes("token=abc&text=secret-stuff")).Reason,
            Verifier(SentAt.AddDays(1)).Verify(Timestamp, Signature, Body).Reason,
            Verifier(SentAt).Verify("x", Signature, Body).Reason,
        };

        Assert.All(reasons, reason =>
        {
            Assert.DoesNotContain(Secret, reason, StringComparison.Ordinal);
            Assert.DoesNotContain(Signature[3..], reason, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-stuff", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("token", reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Sign_ThenVerify_RoundTripsAtTheSigningTime()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var body = Encoding.UTF8.GetBytes("payload=%7B%22type%22%3A%22block_actions%22%7D");

        var (timestamp, signature) = SlackSignature.Sign("s3cret", at, body);

        Assert.Equal("1772442000", timestamp);
        Assert.True(new SlackSignatureVerifier("s3cret", new FakeTimeProvider(at)).Verify(timestamp, signature, body).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankSecret_Throws(string secret) =>
        Assert.Throws<ArgumentException>(() => new SlackSignatureVerifier(secret, TimeProvider.System));

    private static SlackSignatureVerifier Verifier(DateTimeOffset now) => new(Secret, new FakeTimeProvider(now));
}
