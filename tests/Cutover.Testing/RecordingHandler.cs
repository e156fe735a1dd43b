using System.Text;
using Microsoft.Extensions.Http;

namespace Cutover.Testing;

/// <summary>
/// The network end of HTTP clients in a test, the one recording handler: it records every request that reaches it
/// (<see cref="Requests"/>) and the answer it got (<see cref="Responses"/>), and answers it with the next scripted
/// answer (<see cref="Then"/>, <see cref="ThenHang"/>, <see cref="ThenThrow"/>, in order), else
/// <see cref="Intercept"/>'s answer, else the real network it wraps; with none of these the request fails.
/// Use it as a client's handler, or register it as an <see cref="IHttpMessageHandlerBuilderFilter"/> to put it under
/// every client of a container (below headers, retries and pacing; Refit sets the primary handler itself, so
/// <c>ConfigurePrimaryHttpMessageHandler</c> would not stick), each client's own network passed through.
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler, IHttpMessageHandlerBuilderFilter
{
    private readonly Uri? _mount;
    private readonly HttpMessageInvoker? _network;
    private readonly Lock _gate = new();
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedResponse> _responses = [];
    private int _inFlight;
    private int _sequentialRoundTrips;

    /// <summary>A recorder that answers only what is scripted or intercepted; paths are recorded below <paramref name="mount"/> when given.</summary>
    public RecordingHandler(Uri? mount = null) => _mount = mount;

    /// <summary>A recorder in front of <paramref name="network"/> (which it disposes), for what is neither scripted nor intercepted.</summary>
    public RecordingHandler(HttpMessageHandler network, Uri? mount = null)
        : this(mount) => _network = new HttpMessageInvoker(network);

    /// <summary>Answers a request itself when it returns a response; null lets it through.</summary>
    public Func<HttpRequestMessage, HttpResponseMessage?>? Intercept { get; set; }

    /// <summary>Runs after each answer, before the client sees it (e.g. to stop a run right after a write was made).</summary>
    public Func<HttpRequestMessage, HttpResponseMessage, Task>? Answered { get; set; }

    /// <summary>Keeps each answer's body in <see cref="Responses"/> (buffering it; not for streams that stay open).</summary>
    public bool KeepsResponseBodies { get; init; }

    /// <summary>Every request so far, in the order they arrived.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    /// <summary>Every request so far as <c>METHOD /path</c>, in the order they arrived.</summary>
    public IReadOnlyList<string> Calls => [.. Requests.Select(r => r.Call)];

    /// <summary>Every answer so far, in the order they were given.</summary>
    public IReadOnlyList<RecordedResponse> Responses
    {
        get
        {
            lock (_gate)
                return [.. _responses];
        }
    }

    /// <summary>Requests that arrived and are not answered yet (e.g. to move a fake clock only while none is).</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>
    /// Requests that arrived while no other was in flight, since the last <see cref="Clear"/>: the round trips a client
    /// made one after the other. Calls made concurrently count once, so with a fixed latency per call the time spent
    /// waiting on the network is this many latencies.
    /// </summary>
    public int SequentialRoundTrips => Volatile.Read(ref _sequentialRoundTrips);

    /// <summary>Answers the next unanswered request with <paramref name="status"/>, <paramref name="body"/> and <paramref name="headers"/>.</summary>
    public RecordingHandler Then(HttpStatusCode status, string body = "", string mediaType = "application/json", params (string Name, string Value)[] headers) =>
        Script((request, _) =>
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers)
                response.Headers.TryAddWithoutValidation(name, value);
            return Task.FromResult(response);
        });

    /// <summary>Never answers the next request: it stays in flight until it is cancelled; <paramref name="sent"/> says it arrived.</summary>
    public RecordingHandler ThenHang(TaskCompletionSource sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return Script(async (_, cancellationToken) =>
        {
            sent.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        });
    }

    /// <summary>Fails the next request with <paramref name="exception"/>, as a broken network would.</summary>
    public RecordingHandler ThenThrow(Exception exception) => Script((_, _) => throw exception);

    /// <summary>Forgets what was recorded so far.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _responses.Clear();
            Volatile.Write(ref _sequentialRoundTrips, 0);
        }
    }

    /// <inheritdoc />
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        ArgumentNullException.ThrowIfNull(next);
        next(builder);
        builder.PrimaryHandler = new Tap(this, builder.PrimaryHandler);
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        ExchangeAsync(request, _network, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _network?.Dispose();
        base.Dispose(disposing);
    }

    private RecordingHandler Script(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        lock (_gate)
            _script.Enqueue(answer);
        return this;
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, HttpMessageInvoker? network, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _inFlight) == 1)
            Interlocked.Increment(ref _sequentialRoundTrips);
        try
        {
            var headers = request.Headers.NonValidated.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var uri = request.RequestUri!;
            var path = _mount is null ? uri.AbsolutePath : "/" + uri.AbsolutePath[_mount.AbsolutePath.Length..];
            var recorded = new RecordedRequest(request.Method, uri, path, headers, body);
            lock (_gate)
                _requests.Add(recorded);

            var response = await AnswerAsync(request, network, cancellationToken);
            string? responseBody = null;
            if (KeepsResponseBodies)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                responseBody = await response.Content.ReadAsStringAsync(cancellationToken);
            }

            lock (_gate)
                _responses.Add(new RecordedResponse(recorded, response.StatusCode, responseBody));
            if (Answered is { } answered)
                await answered(request, response);
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, HttpMessageInvoker? network, CancellationToken cancellationToken)
    {
        Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>? scripted;
        lock (_gate)
            _script.TryDequeue(out scripted);
        if (scripted is not null)
            return scripted(request, cancellationToken);
        if (Intercept?.Invoke(request) is { } answer)
        {
            answer.RequestMessage ??= request;
            return Task.FromResult(answer);
        }

        return network?.SendAsync(request, cancellationToken)
            ?? throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.");
    }

    /// <summary>This recorder under one client of a container, in front of that client's own network.</summary>
    private sealed class Tap(RecordingHandler recorder, HttpMessageHandler network) : HttpMessageHandler
    {
        private readonly HttpMessageInvoker _network = new(network);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            recorder.ExchangeAsync(request, _network, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _network.Dispose();
            base.Dispose(disposing);
        }
    }
}
