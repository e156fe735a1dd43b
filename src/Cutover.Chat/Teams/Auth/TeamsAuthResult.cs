using System.Security.Claims;

namespace Cutover.Chat.Teams.Auth;

/// <summary>
/// The outcome of validating an inbound request: accepted (with the token's claims, or anonymous when authentication
/// is disabled) or refused at one named <see cref="TeamsAuthCheck"/>. <see cref="ToString"/> is one log line and
/// never contains the token.
/// </summary>
public sealed record TeamsAuthResult
{
    private TeamsAuthResult(bool succeeded, bool isAnonymous, ClaimsIdentity? identity, TeamsAuthCheck? failedCheck, string? reason)
    {
        Succeeded = succeeded;
        IsAnonymous = isAnonymous;
        Identity = identity;
        FailedCheck = failedCheck;
        Reason = reason;
    }

    public bool Succeeded { get; }

    /// <summary>Accepted without a token because no app id is configured; the host must only allow loopback callers.</summary>
    public bool IsAnonymous { get; }

    /// <summary>The validated token's claims (<c>iss</c>, <c>aud</c>, <c>serviceurl</c>, <c>tid</c> …); null when anonymous or refused.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>The check that refused the request; null on success.</summary>
    public TeamsAuthCheck? FailedCheck { get; }

    /// <summary>Why, in a few words safe to log; null on success.</summary>
    public string? Reason { get; }

    /// <summary>
    /// The refusal is Cutover's problem (the metadata could not be fetched), not the caller's: answer 503 rather
    /// than 401 and log it as an error.
    /// </summary>
    public bool IsFault => FailedCheck == TeamsAuthCheck.Metadata;

    /// <summary>The token's issuer, when one was read.</summary>
    public string? Issuer => Identity?.FindFirst("iss")?.Value;

    public static TeamsAuthResult Success(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(true, false, identity, null, null);
    }

    public static TeamsAuthResult Anonymous() => new(true, true, null, null, null);

    public static TeamsAuthResult Fail(TeamsAuthCheck check, string reason) => new(false, false, null, check, reason);

    public override string ToString() => Succeeded
        ? IsAnonymous ? "Teams auth: anonymous (no app id configured)" : $"Teams auth: ok (iss {Issuer})"
        : $"Teams auth refused at {FailedCheck}: {Reason}";
}
