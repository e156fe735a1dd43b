namespace Cutover.Chat.Teams.Graph;

/// <summary>Adds the Graph bearer token, and only to requests for the configured Graph host.</summary>
public sealed class GraphAuthHandler(GraphTokenProvider tokens, TeamsOptions settings) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri
            || Uri.Compare(uri, settings.GraphBaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            throw new InvalidOperationException($"Refusing to send the Graph token to {request.RequestUri?.GetLeftPart(UriPartial.Authority)}.");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false));
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
