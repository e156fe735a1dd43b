namespace Cutover.Sandbox.Heroku.Http;

/// <summary>JSON responses and Heroku-shaped error bodies.</summary>
internal static class HerokuResults
{
    public const string ErrorDocsUrl = "https://devcenter.heroku.com/articles/platform-api-reference#error-responses";
    public const string RateLimitDocsUrl = "https://devcenter.heroku.com/articles/platform-api-reference#rate-limits";
    private const string JsonContentType = "application/json; charset=utf-8";

    public static IResult Json(JsonNode? body, int status = StatusCodes.Status200OK) =>
        Results.Content((body ?? new JsonObject()).ToJsonString(), JsonContentType, Encoding.UTF8, status);

    public static IResult Created(JsonNode body) => Json(body, StatusCodes.Status201Created);

    public static IResult Error(int status, string id, string message, string? resource = null)
    {
        var body = new JsonObject
        {
            ["id"] = id,
            ["message"] = message,
            ["url"] = id == "rate_limit" ? RateLimitDocsUrl : ErrorDocsUrl,
        };
        if (resource is not null)
            body["resource"] = resource;
        return Json(body, status);
    }

    public static IResult Error(HerokuApiException problem) => Error(problem.Status, problem.Id, problem.Message, problem.Resource);

    public static IResult RateLimited() =>
        Error(StatusCodes.Status429TooManyRequests, "rate_limit", "Your account reached the API rate limit");

    public static IResult NotAcceptable() =>
        Error(StatusCodes.Status406NotAcceptable, "not_acceptable",
            "Please specify a version along with Heroku's API MIME type. For example, `Accept: application/vnd.heroku+json; version=3`.");

    public static IResult Unauthorized() =>
        Error(StatusCodes.Status401Unauthorized, "unauthorized", "Invalid credentials provided.");

    public static IResult ServiceUnavailable(int status) =>
        Error(status, "service_unavailable", string.Create(CultureInfo.InvariantCulture,
            $"The API is temporarily unavailable ({status}). Please try again in a moment."));

    public static IResult UnknownRoute() =>
        Error(StatusCodes.Status404NotFound, "not_found",
            "The requested API endpoint was not found. Are you using the right HTTP verb (i.e. `GET` vs. `POST`), and did you specify your intended version with the `Accept` header?");
}
