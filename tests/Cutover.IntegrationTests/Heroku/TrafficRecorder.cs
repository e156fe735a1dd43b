using System.Collections.Concurrent;
using Microsoft.Extensions.Http;

namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The network end of the production Heroku clients in a test: registered as an
/// <see cref="IHttpMessageHandlerBuilderFilter"/>, it wraps each client's primary handler (below headers, retries
/// and pacing — Refit sets the primary handler itself, so <c>ConfigurePrimaryHttpMessageHandler</c> would not stick),
/// records every attempt that leaves a client as <c>METHOD /path</c> relative to the simulator's mount point, and
/// can answer a request itself instead of the simulator.
/// </summary>
public sealed class TrafficRecorder(Uri baseAddress) : IHttpMessageHandlerBuilderFilter
{
    private readonly ConcurrentQueue<string> _requests = new();

    /// <summary>Answers a request instead of the simulator when it returns a response; null lets it through.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>Every attempt so far, in the order they were sent.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear() => _requests.Clear();

    /// <inheritdoc />
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.PrimaryHandler = new Handler(this, builder.PrimaryHandler);
    };

    private void Record(HttpRequestMessage request) =>
        _requests.Enqueue($"{request.Method.Method} /{request.RequestUri!.AbsolutePath[baseAddress.AbsolutePath.Length..]}");

    private sealed class Handler(TrafficRecorder recorder, HttpMessageHandler network) : DelegatingHandler(network)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            recorder.Record(request);
            if (recorder.Intercept?.Invoke(request) is not { } answer)
                return base.SendAsync(request, cancellationToken);
            answer.RequestMessage ??= request;
            return Task.FromResult(answer);
        }
    }
}
