using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// What the standard resilience handler retries for Slack.
/// <list type="bullet">
/// <item><b>429 on any method</b>, after the <c>Retry-After</c> Slack sends: the call was refused, not applied.</item>
/// <item><b>5xx, timeouts and connection failures on reads only</b> (<c>usergroups.users.list</c>, <c>users.info</c>,
/// <c>conversations.info</c>). A post or update may have been applied, and posting twice would duplicate a message.</item>
/// </list>
/// The circuit breaker ignores 429s: being paced by Slack is not a failure of Slack.
/// </summary>
public static class SlackRetryPolicy
{
    public const int MaxRetryAttempts = 5;

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

    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        _ => false,
    };

    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.MaxRetryAttempts = MaxRetryAttempts;
        options.Retry.BackoffType = DelayBackoffType.Exponential;
        options.Retry.UseJitter = true;
        options.Retry.Delay = TimeSpan.FromSeconds(1);
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(
            ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), args.Context.CancellationToken));
        options.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
        options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(15);
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
    }
}
