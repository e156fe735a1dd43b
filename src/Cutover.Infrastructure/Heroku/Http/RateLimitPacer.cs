namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>
/// How long to wait before the next Platform API call, given the last <c>RateLimit-Remaining</c> seen.
/// Heroku's bucket holds 4,500 tokens and refills about 75 per minute; each call costs one and an empty bucket
/// answers 429. Pure arithmetic, no clock:
/// <list type="bullet">
/// <item>The remaining count is first credited with the refill since it was observed (capped at the bucket size).</item>
/// <item>Above the threshold (20% of the bucket, 900 tokens) there is no delay.</item>
/// <item>Below it the delay grows linearly to twice the refill interval (2 × 0.8 s = 1.6 s) at an empty bucket. At
/// half the threshold (450 tokens) the delay equals the refill interval, so a steady caller settles there instead of
/// draining the bucket that the CLI and other tools share with us.</item>
/// </list>
/// </summary>
public sealed class RateLimitPacer
{
    /// <summary>Heroku's bucket size per account.</summary>
    public const int DefaultBucketSize = 4500;

    /// <summary>Heroku's refill rate per minute.</summary>
    public const double DefaultRefillPerMinute = 75;

    /// <summary>The share of the bucket below which pacing starts.</summary>
    public const double DefaultThreshold = 0.2;

    /// <summary>Creates a pacer for a bucket.</summary>
    /// <param name="bucketSize">Tokens in a full bucket.</param>
    /// <param name="refillPerMinute">Tokens added per minute.</param>
    /// <param name="threshold">Share of the bucket (0–1) below which calls are paced.</param>
    public RateLimitPacer(int bucketSize = DefaultBucketSize, double refillPerMinute = DefaultRefillPerMinute, double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bucketSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(refillPerMinute);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
        BucketSize = bucketSize;
        RefillPerMinute = refillPerMinute;
        ThresholdTokens = bucketSize * threshold;
        RefillInterval = TimeSpan.FromMinutes(1 / refillPerMinute);
    }

    /// <summary>Tokens in a full bucket.</summary>
    public int BucketSize { get; }

    /// <summary>Tokens added per minute.</summary>
    public double RefillPerMinute { get; }

    /// <summary>Remaining tokens at or above which there is no delay.</summary>
    public double ThresholdTokens { get; }

    /// <summary>Time to refill one token (0.8 s for Heroku).</summary>
    public TimeSpan RefillInterval { get; }

    /// <summary>The longest delay, at an empty bucket: twice <see cref="RefillInterval"/>.</summary>
    public TimeSpan MaxDelay => RefillInterval * 2;

    /// <summary>The estimated tokens now, from a count observed <paramref name="sinceObserved"/> ago.</summary>
    public double EstimateRemaining(int observedRemaining, TimeSpan sinceObserved)
    {
        var refilled = Math.Max(0, sinceObserved.TotalMinutes) * RefillPerMinute;
        return Math.Min(BucketSize, Math.Max(0, observedRemaining) + refilled);
    }

    /// <summary>The delay before the next call; zero while the bucket is above the threshold.</summary>
    public TimeSpan DelayBeforeNextCall(int observedRemaining, TimeSpan sinceObserved)
    {
        var remaining = EstimateRemaining(observedRemaining, sinceObserved);
        if (remaining >= ThresholdTokens)
            return TimeSpan.Zero;
        var depletion = (ThresholdTokens - remaining) / ThresholdTokens;
        return MaxDelay * depletion;
    }
}
