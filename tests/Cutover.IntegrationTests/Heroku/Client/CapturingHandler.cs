namespace Cutover.IntegrationTests.Heroku.Client;

/// <summary>
/// Stands in for the network: records the request exactly as Refit built it (method, path, body) and
/// fails the call, so contract tests see what the client sends without needing an answer.
/// </summary>
public sealed class CapturingHandler : HttpMessageHandler
{
    public List<(HttpMethod Method, string Path, string? Body)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body));
        throw new HttpRequestException("Captured; not sent.");
    }
}
