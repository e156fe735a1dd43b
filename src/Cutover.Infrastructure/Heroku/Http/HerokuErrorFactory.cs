namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// Turns an unsuccessful answer into a <see cref="HerokuApiException"/>. Plugged into
/// <see cref="RefitSettings.ExceptionFactory"/> so every client throws it (or, for list calls, carries it in
/// <see cref="ApiResponse{T}.Error"/>).
/// </summary>
public static class HerokuErrorFactory
{
    /// <summary>At most this many characters of an error body are read.</summary>
    public const int MaxBodyChars = 16 * 1024;

    /// <summary>The exception for an unsuccessful answer, or null for a successful one.</summary>
    public static async ValueTask<Exception?> CreateAsync(HttpResponseMessage response, RefitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.IsSuccessStatusCode ? null : await FromResponseAsync(response, settings, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Reads the error body (JSON or not) and builds the exception.</summary>
    public static async Task<HerokuApiException> FromResponseAsync(HttpResponseMessage response, RefitSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(settings);
        var request = Sanitize(response.RequestMessage);
        var body = await ReadCappedAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var details = Parse(body) ?? Describe(response, request, body);
        return new HerokuApiException(details, request, response.StatusCode, response.ReasonPhrase, body, response.Headers, settings);
    }

    /// <summary>A copy of the request with only method and path: no host, query, headers (token) or body.</summary>
    private static HttpRequestMessage Sanitize(HttpRequestMessage? original)
    {
        var path = original?.RequestUri switch
        {
            null => "/",
            { IsAbsoluteUri: true } uri => uri.AbsolutePath,
            var uri => uri.OriginalString.Split('?', 2)[0],
        };
        return new HttpRequestMessage(original?.Method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
    }

    private static HerokuErrorDetails? Parse(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var id = Text(root, "id");
            var message = Text(root, "message");
            return id is null || message is null ? null : new HerokuErrorDetails(id, message, Text(root, "url"), FromBody: true);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static HerokuErrorDetails Describe(HttpResponseMessage response, HttpRequestMessage request, string body)
    {
        var status = (int)response.StatusCode;
        var reason = string.IsNullOrWhiteSpace(response.ReasonPhrase) ? string.Empty : $" ({response.ReasonPhrase})";
        var kind = body.Length == 0
            ? "an empty body"
            : $"a body that is not a Heroku error ({response.Content?.Headers.ContentType?.MediaType ?? "no content type"})";
        var message = $"Heroku answered {status}{reason} to {request.Method} {request.RequestUri} with {kind}.";
        return new HerokuErrorDetails(HerokuErrorIds.ForStatus(response.StatusCode), message, Url: null, FromBody: false);
    }

    private static async Task<string> ReadCappedAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
            return string.Empty;
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[MaxBodyChars];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken).ConfigureAwait(false);
        return new string(buffer, 0, read);
    }
}
