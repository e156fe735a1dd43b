using SkiaSharp;

namespace Cutover.Tests.Monitoring;

/// <summary>A health report's chart from the known log sample: checked as data (what is plotted) and as an image.</summary>
public sealed class HealthChartTests
{
    private static readonly TrafficSummary Sample = TrafficSummariser.Summarise(GoldenFiles.Lines("billing-api-sample.log"));

    private static HealthChartData Data() => new("billing-api-ps",
        [HealthPoint.Of(1, Sample, alerted: true), HealthPoint.Of(2, Sample with { Requests = 0, Statuses = StatusClassCounts.None }, alerted: false)],
        HealthPoint.Of(0, Sample, alerted: false), 0.02, Final: false);

    [Fact]
    public void Point_OfTheKnownSample_PlotsTheSummarysFigures()
    {
        var point = HealthPoint.Of(1, Sample, alerted: true);

        Assert.Equal(Sample.Requests / Sample.Window!.Value.TotalMinutes, point.RequestsPerMinute, 10);
        Assert.Equal(4.0 / 17, point.ServerErrorRate, 10);
        Assert.Equal(3_007, point.P95Ms);
        Assert.Equal(Sample.DynoTypes.Where(t => t.MemorySamples > 0).Max(t => t.MemoryMaxMb), point.MemoryMb);
        Assert.True(point.Alerted);
    }

    [Fact]
    public void Render_TheKnownSample_IsAPngOfTheAgreedSizeWithTheNewAppBaselineAndThresholdDrawn()
    {
        var image = new ScottPlotHealthCharts().Render(Data());

        using var bitmap = SKBitmap.Decode(image.Png.ToArray());
        Assert.Equal((ScottPlotHealthCharts.Width, ScottPlotHealthCharts.Height), (bitmap.Width, bitmap.Height));
        var colours = bitmap.Pixels.Select(p => (uint)p).Distinct().Count();
        Assert.True(colours > 50, $"only {colours} colours: the chart looks blank");
        Assert.Contains(bitmap.Pixels, p => Near(p, 0x00, 0x72, 0xB2)); // the new app (blue)
        Assert.Contains(bitmap.Pixels, p => Near(p, 0xE6, 0x9F, 0x00)); // the baseline (orange, dashed)
        Assert.Contains(bitmap.Pixels, p => Near(p, 0xD5, 0x5E, 0x00)); // the threshold and alert marks (vermillion)
        Assert.Equal("billing-api-ps-health-2.png", image.FileName);
        Assert.Contains("2 report(s)", image.AltText, StringComparison.Ordinal);
        Assert.Contains("1 report(s) alerted", image.AltText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_FinalChart_StatesTheVerdictOverTheWholeWindow()
    {
        var alerted = Data() with { Final = true };
        var healthy = alerted with { Points = [.. alerted.Points.Select(p => p with { Alerted = false })] };

        var warning = new ScottPlotHealthCharts().Render(alerted);
        var fine = new ScottPlotHealthCharts().Render(healthy);

        Assert.Equal("Look before decommissioning: 1 of the 2 report(s) alerted (report 1).", alerted.Verdict());
        Assert.Equal("Healthy: none of the 2 report(s) alerted.", healthy.Verdict());
        Assert.StartsWith("Whole window. Look before decommissioning", warning.AltText, StringComparison.Ordinal);
        Assert.Equal("billing-api-ps-health-final.png", fine.FileName);
        // The verdict line is drawn in the header: vermillion when a report alerted, bluish green when none did.
        Assert.Contains(Header(warning), p => Near(p, 0xD5, 0x5E, 0x00));
        Assert.DoesNotContain(Header(warning), p => Near(p, 0x00, 0x9E, 0x73));
        Assert.Contains(Header(fine), p => Near(p, 0x00, 0x9E, 0x73));
        Assert.DoesNotContain(Header(fine), p => Near(p, 0xD5, 0x5E, 0x00));
    }

    [Fact]
    public void Verdict_ManyAlertedReports_NamesTheFirstAndCountsTheRest()
    {
        var points = Enumerable.Range(1, 12).Select(slot => new HealthPoint(slot, 10, 0.05, 100, 200, Alerted: slot != 3)).ToList();

        var verdict = new HealthChartData("billing-api-ps", points, null, 0.01, Final: true).Verdict();

        Assert.Equal("Look before decommissioning: 11 of the 12 report(s) alerted (report 1, 2, 4, 5, 6, 7, 8, 9 and 3 more).", verdict);
    }

    /// <summary>The pixels above the first panel.</summary>
    private static SKColor[] Header(ChatImage image)
    {
        using var bitmap = SKBitmap.Decode(image.Png.ToArray());
        return [.. bitmap.Pixels.Take(bitmap.Width * 56)];
    }

    private static bool Near(SKColor pixel, byte r, byte g, byte b) =>
        Math.Abs(pixel.Red - r) <= 8 && Math.Abs(pixel.Green - g) <= 8 && Math.Abs(pixel.Blue - b) <= 8;
}
