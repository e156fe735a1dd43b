namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>
/// Cloudflare refused or failed a call. The message has the status, method, path and Cloudflare's error
/// codes and messages — never the token.
/// </summary>
public sealed class CloudflareApiException : Exception
{
    public CloudflareApiException()
    {
    }

    public CloudflareApiException(string message)
        : base(message)
    {
    }

    public CloudflareApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CloudflareApiException(string message, HttpStatusCode statusCode, IReadOnlyList<CloudflareMessage> errors)
        : base(message)
    {
        StatusCode = statusCode;
        Errors = errors;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The envelope's errors.</summary>
    public IReadOnlyList<CloudflareMessage> Errors { get; } = [];
}
