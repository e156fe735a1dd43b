namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// The last <c>RateLimit-Remaining</c> seen on any Platform API response: one per process (a singleton), since
/// the bucket belongs to the account, not to a client.
/// </summary>
public sealed class RateLimitBudget
{
    /// <summary>The response header with the tokens left.</summary>
    public const string RemainingHeader = "RateLimit-Remaining";

    private RateLimitObservation? _last;

    /// <summary>The latest observation, or null before the first response.</summary>
    public RateLimitObservation? Last => Volatile.Read(ref _last);

    /// <summary>Records a new observation.</summary>
    public void Observe(int remaining, DateTimeOffset at) => Volatile.Write(ref _last, new RateLimitObservation(remaining, at));

    /// <summary>Reads <c>RateLimit-Remaining</c>; false when absent or not a number.</summary>
    public static bool TryReadRemaining(HttpResponseHeaders headers, out int remaining)
    {
        ArgumentNullException.ThrowIfNull(headers);
        remaining = 0;
        return headers.TryGetValues(RemainingHeader, out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out remaining);
    }
}
