using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// What the Connector client retries (<see href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit">Teams rate limits</see>): HTTP 429, 412, 502 and 504
/// on every method, with exponential back-off and jitter, honouring <c>Retry-After</c>. Connection failures and
/// timeouts are retried for PUT only: a POST that may have reached Teams is not sent twice blindly.
/// </summary>
public static class TeamsRetryPolicy
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetryAttempts = 4;

    /// <summary>Statuses Teams documents as "try again".</summary>
    public static bool IsRetryableStatus(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
            or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout;

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, CancellationToken cancellationToken)
    {
        if (outcome.Result is { } response)
            return IsRetryableStatus(response.StatusCode);
        return method == HttpMethod.Put && !cancellationToken.IsCancellationRequested
               && outcome.Exception is HttpRequestException or TimeoutRejectedException;
    }

    /// <summary>Applies the policy to the standard resilience options.</summary>
    public static void Configure(HttpStandardResilienceOptions options, TimeSpan firstDelay) =>
        options.Apply(MaxRetryAttempts, firstDelay, TimeSpan.FromSeconds(15),
            (outcome, request, cancellationToken) => ShouldRetry(outcome, request?.Method, cancellationToken));
}
