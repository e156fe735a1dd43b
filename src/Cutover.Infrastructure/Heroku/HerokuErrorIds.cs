namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// The error <c>id</c>s Heroku answers with (<c>{"id", "message", "url"}</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#errors">Platform API: Errors</see>).
/// </summary>
public static class HerokuErrorIds
{
    /// <summary>400: the request is malformed.</summary>
    public const string BadRequest = "bad_request";

    /// <summary>401: missing, invalid or expired token.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>402: the account is delinquent.</summary>
    public const string Delinquent = "delinquent";

    /// <summary>403: the token may not do this.</summary>
    public const string Forbidden = "forbidden";

    /// <summary>403: the account is suspended.</summary>
    public const string Suspended = "suspended";

    /// <summary>404: no such resource, or the token cannot see it.</summary>
    public const string NotFound = "not_found";

    /// <summary>406: the <c>Accept</c> header is missing or names an unknown version.</summary>
    public const string NotAcceptable = "not_acceptable";

    /// <summary>409: the resource is in a conflicting state.</summary>
    public const string Conflict = "conflict";

    /// <summary>410: the resource is gone.</summary>
    public const string Gone = "gone";

    /// <summary>416: the <c>Range</c> header cannot be satisfied.</summary>
    public const string RequestedRangeNotSatisfiable = "requested_range_not_satisfiable";

    /// <summary>422: a parameter is invalid.</summary>
    public const string InvalidParams = "invalid_params";

    /// <summary>422: the account must be verified (e.g. a credit card on file).</summary>
    public const string VerificationNeeded = "verification_needed";

    /// <summary>422 on add-on creation: re-send with <c>confirm</c> set to the app name.</summary>
    public const string ConfirmationRequired = "confirmation_required";

    /// <summary>429: the account's token bucket is empty; Heroku did not process the request.</summary>
    public const string RateLimit = "rate_limit";

    /// <summary>Our own id for an answer without a Heroku error body and without a known status mapping.</summary>
    public const string Unknown = "unknown";

    /// <summary>The id Heroku uses for a status, for error answers whose body carries none.</summary>
    public static string ForStatus(HttpStatusCode status) => (int)status switch
    {
        400 => BadRequest,
        401 => Unauthorized,
        402 => Delinquent,
        403 => Forbidden,
        404 => NotFound,
        406 => NotAcceptable,
        409 => Conflict,
        410 => Gone,
        416 => RequestedRangeNotSatisfiable,
        422 => InvalidParams,
        429 => RateLimit,
        _ => Unknown,
    };
}
