namespace Cutover.Tests.Monitoring;

public class SparklineTests
{
    [Theory]
    [InlineData("rising", new[] { 0.0, 1, 2, 3, 4, 5, 6, 7 }, "▁▂▃▄▅▆▇█")]
    [InlineData("flat", new[] { 3.0, 3, 3 }, "▁▁▁")]
    [InlineData("spike", new[] { 0.0, 0, 10, 0 }, "▁▁█▁")]
    [InlineData("gap", new[] { 1.0, double.NaN, 2 }, "▁ █")]
    [InlineData("all gaps", new[] { double.NaN, double.NaN }, "  ")]
    [InlineData("empty", new double[0], "")]
    public void Render_Series_OneBarPerValue(string name, double[] values, string expected)
    {
        Assert.True(expected == Sparkline.Render(values), name);
    }

    [Fact]
    public void Render_FixedScale_ScalesAgainstIt()
    {
        Assert.Equal("▁▅█", Sparkline.Render([0, 0.5, 2], min: 0, max: 1));
    }
}
