namespace Cutover.Tests.Heroku;

public class RateLimitPacerTests
{
    private readonly RateLimitPacer _pacer = new();

    [Theory]
    [InlineData("full bucket", 4500, 0)]
    [InlineData("just above the threshold", 901, 0)]
    [InlineData("at the threshold (20% of 4500)", 900, 0)]
    [InlineData("three quarters of the threshold", 675, 400)]
    [InlineData("half the threshold: one refill interval", 450, 800)]
    [InlineData("a quarter of the threshold", 225, 1200)]
    [InlineData("empty: twice the refill interval", 0, 1600)]
    [InlineData("negative reading counts as empty", -5, 1600)]
    public void DelayBeforeNextCall_Remaining_GrowsAsTheBucketDrains(string row, int remaining, double expectedMs)
    {
        var delay = _pacer.DelayBeforeNextCall(remaining, TimeSpan.Zero);

        Assert.True(Math.Abs(expectedMs - delay.TotalMilliseconds) < 1, $"{row}: expected {expectedMs} ms, got {delay.TotalMilliseconds} ms");
    }

    [Fact]
    public void DelayBeforeNextCall_FewerTokens_NeverShorter()
    {
        var delays = Enumerable.Range(0, 4501).Select(r => _pacer.DelayBeforeNextCall(r, TimeSpan.Zero)).ToList();

        Assert.All(delays.Zip(delays.Skip(1)), pair => Assert.True(pair.First >= pair.Second));
        Assert.Equal(_pacer.MaxDelay, delays.Max());
    }

    [Fact]
    public void DelayBeforeNextCall_ObservedAMinuteAgo_CreditsTheRefill()
    {
        // 0 seen a minute ago: 75 tokens came back since.
        var delay = _pacer.DelayBeforeNextCall(0, TimeSpan.FromMinutes(1));

        Assert.Equal(75, _pacer.EstimateRemaining(0, TimeSpan.FromMinutes(1)), precision: 6);
        Assert.Equal(1600 * (900 - 75) / 900.0, delay.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void DelayBeforeNextCall_ObservedLongAgo_NoDelay() =>
        Assert.Equal(TimeSpan.Zero, _pacer.DelayBeforeNextCall(0, TimeSpan.FromMinutes(12)));

    [Fact]
    public void EstimateRemaining_ClockWentBackwards_CreditsNothing() =>
        Assert.Equal(100, _pacer.EstimateRemaining(100, TimeSpan.FromSeconds(-30)));

    [Fact]
    public void EstimateRemaining_LongIdle_CappedAtTheBucketSize() =>
        Assert.Equal(4500, _pacer.EstimateRemaining(4400, TimeSpan.FromHours(2)));

    [Fact]
    public void Defaults_HerokuBucket_RefillIntervalIs800Milliseconds()
    {
        Assert.Equal(4500, _pacer.BucketSize);
        Assert.Equal(900, _pacer.ThresholdTokens, precision: 6);
        Assert.Equal(800, _pacer.RefillInterval.TotalMilliseconds, precision: 3);
    }

    [Theory]
    [InlineData("no bucket", 0, 75, 0.2)]
    [InlineData("no refill", 4500, 0, 0.2)]
    [InlineData("zero threshold", 4500, 75, 0)]
    [InlineData("threshold above the bucket", 4500, 75, 1.5)]
    public void Constructor_InvalidSettings_Throws(string row, int bucket, double refill, double threshold)
    {
        var exception = Record.Exception(() => new RateLimitPacer(bucket, refill, threshold));

        Assert.True(exception is ArgumentOutOfRangeException, $"{row}: expected ArgumentOutOfRangeException, got {exception?.GetType().Name ?? "nothing"}");
    }
}
