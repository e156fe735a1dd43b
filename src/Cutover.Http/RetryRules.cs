using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;

namespace Cutover.Http;

/// <summary>
/// The parts of the outbound retry policies that are the same for every API: exponential back-off with jitter from a
/// first delay, honouring <c>Retry-After</c>, and which outcomes count as transient. What each API may repeat (which
/// statuses, which methods) stays with its own policy, passed in as <c>shouldRetry</c>.
/// </summary>
public static class RetryRules
{
    /// <summary>5xx, 408, a connection failure or an attempt timeout — the set the standard handler treats as transient.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    /// <summary>Fills <paramref name="retry"/>: up to <paramref name="maxRetryAttempts"/> repeats of what <paramref name="shouldRetry"/> accepts.</summary>
    public static HttpRetryStrategyOptions Backoff(
        this HttpRetryStrategyOptions retry,
        int maxRetryAttempts,
        TimeSpan firstDelay,
        Func<Outcome<HttpResponseMessage>, HttpRequestMessage?, CancellationToken, bool> shouldRetry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        ArgumentNullException.ThrowIfNull(shouldRetry);
        retry.MaxRetryAttempts = maxRetryAttempts;
        retry.BackoffType = DelayBackoffType.Exponential;
        retry.UseJitter = true;
        retry.Delay = firstDelay;
        retry.ShouldRetryAfterHeader = true;
        retry.ShouldHandle = args => ValueTask.FromResult(
            shouldRetry(args.Outcome, args.Context.GetRequestMessage(), args.Context.CancellationToken));
        return retry;
    }

    /// <summary>
    /// The standard handler's options with <see cref="Backoff"/>, this attempt timeout, 90 s in all and a 60 s
    /// circuit-breaker sampling window.
    /// </summary>
    public static void Apply(
        this HttpStandardResilienceOptions options,
        int maxRetryAttempts,
        TimeSpan firstDelay,
        TimeSpan attemptTimeout,
        Func<Outcome<HttpResponseMessage>, HttpRequestMessage?, CancellationToken, bool> shouldRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.Backoff(maxRetryAttempts, firstDelay, shouldRetry);
        options.AttemptTimeout.Timeout = attemptTimeout;
        options.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(90);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
    }
}
