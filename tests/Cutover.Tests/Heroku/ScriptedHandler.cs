namespace Cutover.Tests.Heroku;

/// <summary>The network: answers requests from a script, in order, and records what it was sent.</summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public ScriptedHandler Then(HttpStatusCode status, string body = "", string mediaType = "application/json", params (string Name, string Value)[] headers)
    {
        _script.Enqueue((request, _) =>
        {
            var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent(body, Encoding.UTF8, mediaType) };
            foreach (var (name, value) in headers)
                response.Headers.TryAddWithoutValidation(name, value);
            return Task.FromResult(response);
        });
        return this;
    }

    /// <summary>Never answers: the request stays in flight until it is cancelled; <paramref name="sent"/> says it arrived.</summary>
    public ScriptedHandler ThenHang(TaskCompletionSource sent)
    {
        _script.Enqueue(async (_, cancellationToken) =>
        {
            sent.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new OperationCanceledException(cancellationToken);
        });
        return this;
    }

    public ScriptedHandler ThenThrow(Exception exception)
    {
        _script.Enqueue((_, _) => throw exception);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.NonValidated.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(request.Method, request.RequestUri!, headers, body));
        if (!_script.TryDequeue(out var next))
            throw new InvalidOperationException($"No scripted answer left for {request.Method} {request.RequestUri}.");
        return await next(request, cancellationToken);
    }
}
