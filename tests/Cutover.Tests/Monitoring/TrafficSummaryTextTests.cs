namespace Cutover.Tests.Monitoring;

public class TrafficSummaryTextTests
{
    [Fact]
    public void Render_EmptySummary_SaysWhatIsMissing()
    {
        Assert.Equal(
            """
            Window: no timestamps · 0 lines
            Requests: 0 · 2xx 0 · 3xx 0 · 4xx 0 · 5xx 0 (0.00%)
            Service time: no requests
            Error codes: none
            Dynos: no state changes
            Memory: no runtime metrics (is log-runtime-metrics enabled?)
            """.ReplaceLineEndings("\n"),
            TrafficSummaryText.Render(TrafficSummary.Empty));
    }

    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(900, "15 min")]
    [InlineData(899, "14 min 59 s")]
    [InlineData(3600, "1 h")]
    [InlineData(86_400 + 300, "24 h 5 min")]
    public void Duration_Spans_ReadLikeAPerson(int seconds, string expected)
    {
        Assert.Equal(expected, TrafficSummaryText.Duration(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void Window_AcrossMidnight_ShowsBothDates()
    {
        var summary = TrafficSummary.Empty with
        {
            WindowStart = new DateTimeOffset(2026, 3, 5, 23, 50, 0, TimeSpan.Zero),
            WindowEnd = new DateTimeOffset(2026, 3, 6, 0, 5, 0, TimeSpan.Zero),
        };

        Assert.Equal("2026-03-05 23:50:00Z → 2026-03-06 00:05:00Z (15 min)", TrafficSummaryText.Window(summary));
    }

    [Fact]
    public void Meaning_UnknownCode_SaysUnknown()
    {
        Assert.Equal("unknown error code", new ErrorCodeCount("H77", 1).Meaning);
        Assert.Equal("request timeout (over 30 s)", new ErrorCodeCount("H12", 1).Meaning);
        Assert.True(HerokuErrorCodes.IsKnown("L10"));
    }
}
