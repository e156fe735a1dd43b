namespace Cutover.Tests.Heroku;

public class ApiLatencyTests
{
    [Fact]
    public async Task MedianFor_CallsMadeInARunsStep_CountForThatRunAndTheProcess()
    {
        var latency = new ApiLatency();
        latency.Record(TimeSpan.FromMilliseconds(500));

        await RecordInStepAsync(latency, 7, 10, 20, 30);

        Assert.Null(HerokuCallContext.RunId);
        Assert.Equal((TimeSpan.FromMilliseconds(20), 3, true), latency.MedianFor(7));
        Assert.Equal((TimeSpan.FromMilliseconds(30), 4, false), latency.MedianFor(8));
        Assert.Equal((TimeSpan.FromMilliseconds(30), 4), latency.Median());
    }

    [Fact]
    public async Task MedianFor_MoreRunsThanKept_ForgetsTheOneHeardFromLongestAgo()
    {
        var latency = new ApiLatency();
        for (var run = 1; run <= ApiLatency.MaxRuns + 1; run++)
            await RecordInStepAsync(latency, run, run);

        Assert.False(latency.MedianFor(1).OfRun);
        Assert.Equal((TimeSpan.FromMilliseconds(2), 1, true), latency.MedianFor(2));
        Assert.Equal(ApiLatency.MaxRuns + 1, latency.Median().Samples);
    }

    /// <summary>As a step does: the run is set at the start of an async method and its calls follow.</summary>
    private static async Task RecordInStepAsync(ApiLatency latency, long runId, params int[] milliseconds)
    {
        HerokuCallContext.RunId = runId;
        await Task.Yield();
        foreach (var ms in milliseconds)
            latency.Record(TimeSpan.FromMilliseconds(ms));
    }
}
