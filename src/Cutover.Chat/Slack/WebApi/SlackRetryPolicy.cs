using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// The resilience pipeline of <see cref="ISlackWebApi"/> (the standard one's strategies, with Slack's rules):
/// <list type="bullet">
/// <item><b>429 on any method</b> is retried after the <c>Retry-After</c> Slack sends: the call was refused, not applied.</item>
/// <item><b>5xx, timeouts and connection failures on reads only</b> (<c>usergroups.users.list</c>, <c>users.info</c>,
/// <c>conversations.info</c>). A post or update may have been applied, and posting twice would duplicate a message.</item>
/// <item>The circuit breaker ignores 429s: being paced by Slack is not a failure of Slack.</item>
/// <item>It runs on the wall clock, whatever <see cref="TimeProvider"/> the application uses: Slack's limits and
/// timeouts are real time (a host on a fake clock would otherwise wait forever for a <c>Retry-After</c>).</item>
/// </list>
/// </summary>
public static class SlackRetryPolicy
{
    public const int MaxRetryAttempts = 5;

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    public static readonly TimeSpan TotalTimeout = TimeSpan.FromMinutes(3);

    private static readonly HashSet<string> ReadMethods = new(StringComparer.Ordinal)
    {
        "usergroups.users.list", "users.info", "conversations.info",
    };

    public static bool IsRead(string method) => ReadMethods.Contains(method);

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, CancellationToken cancellationToken)
    {
        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests })
            return true;
        return !cancellationToken.IsCancellationRequested && IsRead(SlackErrorFactory.MethodName(request?.RequestUri)) && IsTransient(outcome);
    }

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => RetryRules.IsTransient(outcome);

    /// <summary>Total timeout → retry → circuit breaker → attempt timeout, on <see cref="TimeProvider.System"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.TimeProvider = TimeProvider.System;
        pipeline
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = TotalTimeout, Name = "slack-total-timeout" })
            .AddRetry(new HttpRetryStrategyOptions().Backoff(MaxRetryAttempts, TimeSpan.FromSeconds(1), ShouldRetry))
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                SamplingDuration = TimeSpan.FromSeconds(60),
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = AttemptTimeout, Name = "slack-attempt-timeout" });
    }
}
