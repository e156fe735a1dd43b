namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// The log stream could not be read (an operational fault, not a refusal). The message names the app and the
/// HTTP status, never the stream's URL: a <c>logplex_url</c> is a credential of its own.
/// </summary>
public sealed class LogSourceException : Exception
{
    public LogSourceException()
    {
    }

    public LogSourceException(string message)
        : base(message)
    {
    }

    public LogSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
