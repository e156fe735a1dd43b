namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Records every response the simulator gives a client: method, path below the mount point, status and body.</summary>
public sealed class RecordingHandler(Uri baseAddress) : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<RecordedResponse> _responses = [];

    public IReadOnlyList<RecordedResponse> Responses
    {
        get
        {
            lock (_responses)
                return [.. _responses];
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var path = "/" + request.RequestUri!.AbsolutePath[baseAddress.AbsolutePath.Length..];
        lock (_responses)
            _responses.Add(new RecordedResponse(request.Method.Method, path, response.StatusCode, body));
        return response;
    }
}

/// <summary>One recorded simulator response.</summary>
public sealed record RecordedResponse(string Method, string Path, HttpStatusCode Status, string Body);
