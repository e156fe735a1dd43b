using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

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
        return IsIdempotent(method) && !cancellationToken.IsCancellationRequested && IsTransient(outcome);
    }

    /// <summary>5xx, 408, a connection failure or an attempt timeout — the same set the standard handler treats as transient.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    /// <summary>Applies the policy and Heroku-sized timeouts to the standard resilience options.</summary>
    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetryAttempts = MaxRetryAttempts;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            ShouldRetry(args.Outcome, args.Context.GetRequestMessage()?.Method, args.Context.CancellationToken));
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(20);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
    }
}
