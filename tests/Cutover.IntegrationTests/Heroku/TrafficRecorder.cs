using System.Collections.Concurrent;

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
    private int _inFlight;

    /// <summary>Answers a request instead of the simulator when it returns a response; null lets it through.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>Every attempt so far, in the order they were sent.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Requests sent to the network and not answered yet (e.g. to move a fake clock only while none is).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

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
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            recorder.Record(request);
            if (recorder.Intercept?.Invoke(request) is { } answer)
            {
                answer.RequestMessage ??= request;
                return answer;
            }

            Interlocked.Increment(ref recorder._inFlight);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref recorder._inFlight);
            }
        }
    }
}
