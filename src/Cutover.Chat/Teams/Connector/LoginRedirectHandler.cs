namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// Rewrites requests for one origin (scheme, host, port) to another base URL, keeping path and
/// query, so that MSAL with its https authority can talk to a loopback token endpoint. Only loopback http targets
/// are accepted, so a misconfiguration cannot send the client secret over plain http elsewhere.
/// </summary>
public sealed class LoginRedirectHandler : DelegatingHandler
{
    private readonly Uri _from;
    private readonly Uri _to;

    public LoginRedirectHandler(Uri from, Uri to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!ConnectorEndpoint.IsAllowed(to))
            throw new ArgumentException($"The login URL '{to}' must use https (plain http is allowed on loopback only).", nameof(to));
        _from = from;
        _to = MsalHttpClients.WithSlash(to);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && Uri.Compare(uri, _from, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            request.RequestUri = new Uri(_to, uri.PathAndQuery.TrimStart('/'));
        return base.SendAsync(request, cancellationToken);
    }
}
