namespace Cutover.Sandbox.Heroku.Http;

/// <summary>
/// A Heroku-shaped refusal raised anywhere while serving a request; the endpoint filter turns it into
/// <c>{id, message, url}</c> with its status, so handlers read as the happy path.
/// </summary>
internal sealed class HerokuApiException : Exception
{
    public HerokuApiException()
        : this(500, "internal_server_error", "Internal server error.")
    {
    }

    public HerokuApiException(string message)
        : this(422, "invalid_params", message)
    {
    }

    public HerokuApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 422;
        Id = "invalid_params";
    }

    public HerokuApiException(int status, string id, string message, string? resource = null)
        : base(message)
    {
        Status = status;
        Id = id;
        Resource = resource;
    }

    public int Status { get; }

    public string Id { get; }

    public string? Resource { get; }

    public static HerokuApiException NotFound(string resource) =>
        new(404, "not_found", $"Couldn't find that {resource}.", resource);

    public static HerokuApiException InvalidParams(string message) => new(422, "invalid_params", message);

    public static HerokuApiException BadRequest(string message) => new(400, "bad_request", message);

    public static HerokuApiException ConfirmationRequired(string message) => new(422, "confirmation_required", message);

    public static HerokuApiException Forbidden(string message) => new(403, "forbidden", message);

    public static HerokuApiException RangeNotSatisfiable(string message) => new(416, "requested_range_not_satisfiable", message);
}
