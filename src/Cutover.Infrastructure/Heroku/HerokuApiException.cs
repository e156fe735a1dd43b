namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// A Heroku error answer. <see cref="Exception.Message"/> is Heroku's user-facing <c>message</c>, verbatim
/// (or a plain description when the body was not a Heroku error); <see cref="Id"/> is its <c>id</c> (see
/// <see cref="HerokuErrorIds"/>). It keeps the method and path, never the host, query or any header of the
/// request — so never the token.
/// </summary>
public sealed class HerokuApiException : ApiException
{
    internal HerokuApiException(
        HerokuErrorDetails details,
        HttpRequestMessage sanitizedRequest,
        HttpStatusCode statusCode,
        string? reasonPhrase,
        string? content,
        HttpResponseHeaders headers,
        RefitSettings settings)
        : base(details.Message, sanitizedRequest, sanitizedRequest.Method, content, statusCode, reasonPhrase, headers, settings)
    {
        Id = details.Id;
        DocumentationUrl = details.Url;
        HasErrorBody = details.FromBody;
        Path = sanitizedRequest.RequestUri?.OriginalString ?? string.Empty;
    }

    /// <summary>Heroku's error id, e.g. <c>not_found</c>; derived from the status when the body had none.</summary>
    public string Id { get; }

    /// <summary>The <c>url</c> of the error body: Heroku documentation about it, if given.</summary>
    public string? DocumentationUrl { get; }

    /// <summary>Whether the answer carried a Heroku error body (<c>id</c> and <c>message</c>).</summary>
    public bool HasErrorBody { get; }

    /// <summary>The HTTP method of the failed request, e.g. <c>PATCH</c>.</summary>
    public string Method => HttpMethod.Method;

    /// <summary>The request path without host or query, e.g. <c>/apps/demo-app</c>.</summary>
    public string Path { get; }

    /// <summary>One line for logs and operators: <c>GET /apps/demo → 404 not_found: Couldn't find that app.</c></summary>
    public string Summary => $"{Method} {Path} → {(int)StatusCode} {Id}: {Message}";

    /// <inheritdoc />
    public override string ToString() =>
        $"{GetType().FullName}: {Summary}{(StackTrace is null ? string.Empty : Environment.NewLine + StackTrace)}";
}
