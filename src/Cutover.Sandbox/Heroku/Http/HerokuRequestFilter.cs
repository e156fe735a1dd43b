using Microsoft.Net.Http.Headers;

namespace Cutover.Sandbox.Heroku.Http;

/// <summary>
/// What every Heroku API call goes through, in order: the version <c>Accept</c> header (406), the API
/// token (bearer or basic; 401), injected delay, injected 429 bursts, injected 5xx, the account's token bucket (429), then
/// the handler — whose <see cref="HerokuApiException"/> becomes a Heroku error body (anything else, a logged
/// 500). Every response carries <c>RateLimit-Remaining</c> and a <c>Request-Id</c>.
/// </summary>
internal sealed partial class HerokuRequestFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var simulator = http.RequestServices.GetRequiredService<HerokuSimulator>();
        var metadata = http.GetEndpoint()?.Metadata;
        var anonymous = metadata?.Any(m => ReferenceEquals(m, HerokuEndpointMetadata.Anonymous)) == true;
        var free = metadata?.Any(m => ReferenceEquals(m, HerokuEndpointMetadata.Free)) == true;
        http.Response.Headers["Request-Id"] = Guid.NewGuid().ToString();
        if (!anonymous)
            simulator.CountCall();
        Stamp(http, simulator.RateLimitRemaining);

        if (!AcceptsVersion3(http.Request))
            return HerokuResults.NotAcceptable();
        var authenticated = ApiToken(http.Request) is { } token && simulator.IsToken(token);
        if (!authenticated && !anonymous)
            return HerokuResults.Unauthorized();
        if (simulator.ResponseDelay is { } delay && delay > TimeSpan.Zero)
            await Task.Delay(delay, http.RequestAborted);
        if (simulator.TakeRateLimitBurst())
            return HerokuResults.RateLimited();
        if (simulator.TakeServerError() is { } status)
            return HerokuResults.ServiceUnavailable(status);
        if (authenticated && !free)
        {
            var allowed = simulator.TryTakeToken(out var remaining);
            Stamp(http, remaining);
            if (!allowed)
                return HerokuResults.RateLimited();
        }

        try
        {
            return await next(context);
        }
        catch (HerokuApiException problem)
        {
            return HerokuResults.Error(problem);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A simulator bug: still answer the way Heroku would, and say so in the log.
            LogFailure(http.RequestServices.GetRequiredService<ILogger<HerokuRequestFilter>>(), exception, http.Request.Method, http.Request.Path);
            return HerokuResults.Error(StatusCodes.Status500InternalServerError, "internal_server_error", "Internal server error.");
        }
    }

    /// <summary><c>application/vnd.heroku+json; version=3</c>, or a variant such as <c>version=3.sdk</c>.</summary>
    private static bool AcceptsVersion3(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.Any(t => t.MediaType.Equals("application/vnd.heroku+json", StringComparison.OrdinalIgnoreCase)
            && t.Parameters.Any(p => p.Name.Equals("version", StringComparison.OrdinalIgnoreCase)
                && (p.Value.Equals("3", StringComparison.Ordinal) || p.Value.StartsWith("3.", StringComparison.Ordinal))));

    /// <summary>
    /// The API token: <c>Bearer &lt;token&gt;</c>, or HTTP Basic with the token as password and any user
    /// (<c>Basic base64(":token")</c> is what the CLI's pg:credentials and pg:copy send to the Data API).
    /// </summary>
    private static string? ApiToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        const string basic = "Basic ";
        if (header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
            return header[bearer.Length..].Trim();
        if (!header.StartsWith(basic, StringComparison.OrdinalIgnoreCase))
            return null;
        try
        {
            var decoded = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header[basic.Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Heroku simulator failed on {Method} {Path}")]
    private static partial void LogFailure(ILogger logger, Exception exception, string method, string path);

    private static void Stamp(HttpContext http, int remaining) =>
        http.Response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
}
