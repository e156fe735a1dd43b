using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// What the standard resilience handler retries for Heroku.
/// <list type="bullet">
/// <item><b>429 on any method</b>: Heroku refused the call before processing it, so sending it again is safe.</item>
/// <item><b>5xx, 408, timeouts and connection failures on GET, HEAD, OPTIONS, PUT and DELETE</b>: these are
/// idempotent, so a repeat cannot do anything twice.</item>
/// <item><b>Never a POST or PATCH after a 5xx, a timeout or a dropped connection</b>: Heroku may have applied it
/// (created the app, provisioned a database, put the old app into maintenance). The runbook step checks Heroku's
/// state before it acts again — e.g. it looks for the app or add-on before creating it — instead of the HTTP layer
/// blindly repeating a mutation.</item>
/// </list>
/// Back-off is exponential with jitter and honours <c>Retry-After</c> if Heroku ever sends one.
/// </summary>
public static class HerokuRetryPolicy
{
    /// <summary>Retries after the first attempt.</summary>
    public const int MaxRetryAttempts = 4;

    /// <summary>Whether a repeat of this method cannot change the outcome.</summary>
    public static bool IsIdempotent(HttpMethod? method) =>
        method is not null
        && (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
            || method == HttpMethod.Put || method == HttpMethod.Delete);

    /// <summary>Whether to retry this outcome of a request with this method.</summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpMethod? method, CancellationToken cancellationToken)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
            return true;
        // A timeout caused by the caller's own cancellation is not transient: give up.
        return IsIdempotent(method) && !cancellationToken.IsCancellationRequested && RetryRules.IsTransient(outcome);
    }


    /// <summary>Applies the policy and Heroku-sized timeouts to the standard resilience options.</summary>
    public static void Configure(HttpStandardResilienceOptions options) =>
        options.Apply(MaxRetryAttempts, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20),
            (outcome, request, cancellationToken) => ShouldRetry(outcome, request?.Method, cancellationToken));
}
