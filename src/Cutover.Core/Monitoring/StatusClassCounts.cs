namespace Cutover.Core.Monitoring;

/// <summary>Router responses by status class.</summary>
/// <param name="Informational">1xx.</param>
/// <param name="Success">2xx.</param>
/// <param name="Redirection">3xx.</param>
/// <param name="ClientError">4xx.</param>
/// <param name="ServerError">5xx, including the router's own 503s (H10, H12, H14, …).</param>
public sealed record StatusClassCounts(long Informational, long Success, long Redirection, long ClientError, long ServerError)
{
    public static StatusClassCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>All responses counted.</summary>
    public long Total => Informational + Success + Redirection + ClientError + ServerError;
}
