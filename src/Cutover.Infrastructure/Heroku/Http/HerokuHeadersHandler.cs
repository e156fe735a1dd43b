namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// Adds the headers every Heroku call needs: <c>Accept: application/vnd.heroku+json; version=3</c> unless the
/// method set its own (a <c>[Headers]</c> attribute or a <c>[Header("Accept")]</c> argument),
/// <c>Authorization: Bearer &lt;token&gt;</c> and <c>User-Agent</c>. Logs nothing; the token stays here.
/// </summary>
public sealed class HerokuHeadersHandler : DelegatingHandler
{
    private readonly string _token;
    private readonly string _userAgent;

    /// <summary>Creates the handler for one token and user agent.</summary>
    public HerokuHeadersHandler(string token, string userAgent)
    {
        _token = token;
        _userAgent = userAgent;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Headers.NonValidated.Contains("Accept"))
            request.Headers.TryAddWithoutValidation("Accept", HerokuMediaTypes.Version3);
        if (_token.Length > 0)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (!request.Headers.NonValidated.Contains("User-Agent"))
            request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        return base.SendAsync(request, cancellationToken);
    }
}
