namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// Paces Platform API calls as the account's token bucket drains: before each call waits
/// <see cref="RateLimitPacer.DelayBeforeNextCall"/> (on the injected <see cref="TimeProvider"/>), after it records
/// the response's <c>RateLimit-Remaining</c>. Sits inside the retry handler, so retries are paced too.
/// <c>GET /account/rate-limits</c> is free and never delayed.
/// </summary>
public sealed partial class RateLimitPacingHandler : DelegatingHandler
{
    private readonly RateLimitBudget _budget;
    private readonly RateLimitPacer _pacer;
    private readonly TimeProvider _time;
    private readonly ILogger<RateLimitPacingHandler> _logger;

    /// <summary>Creates the handler over the shared budget.</summary>
    public RateLimitPacingHandler(RateLimitBudget budget, RateLimitPacer pacer, TimeProvider time, ILogger<RateLimitPacingHandler> logger)
    {
        _budget = budget;
        _pacer = pacer;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_budget.Last is { } last && !IsFree(request))
        {
            var delay = _pacer.DelayBeforeNextCall(last.Remaining, _time.GetUtcNow() - last.ObservedAt);
            if (delay > TimeSpan.Zero)
            {
                LogPacing(last.Remaining, delay.TotalMilliseconds);
                await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (RateLimitBudget.TryReadRemaining(response.Headers, out var remaining))
            _budget.Observe(remaining, _time.GetUtcNow());
        return response;
    }

    private static bool IsFree(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        && request.RequestUri is { IsAbsoluteUri: true } uri
        && uri.AbsolutePath.EndsWith("/account/rate-limits", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Heroku rate limit: {Remaining} calls left, waiting {DelayMs:F0} ms before the next call")]
    private partial void LogPacing(int remaining, double delayMs);
}
