namespace Cutover.Tests.Monitoring;

public class HealthComparisonTests
{
    [Theory]
    [InlineData("H10")]
    [InlineData("H14")]
    [InlineData("H20")]
    [InlineData("H99")]
    [InlineData("R14")]
    [InlineData("R15")]
    public void Compare_AlertCodeOnce_Alerts(string code)
    {
        var report = HealthComparison.Compare(Summary(1000, 0, (code, 1)), Summary(1000, 0));

        var alert = Assert.Single(report.Alerts);
        Assert.Equal(HealthAlertKind.ErrorCode, alert.Kind);
        Assert.Equal(code, alert.Code);
        Assert.Equal($"{code} ×1: {HerokuErrorCodes.Meaning(code)} (baseline ×0)", alert.Text);
        Assert.True(report.HasAlerts);
    }

    [Theory]
    [InlineData("H12")]
    [InlineData("H13")]
    [InlineData("H27")]
    [InlineData("H80")]
    public void Compare_OtherCodes_DoNotAlertByThemselves(string code)
    {
        var report = HealthComparison.Compare(Summary(1000, 0, (code, 5)), Summary(1000, 0));

        Assert.False(report.HasAlerts);
    }

    [Theory]
    [InlineData("above twice the baseline", 1000, 50, 1000, 20, true)]
    [InlineData("exactly twice the baseline", 1000, 40, 1000, 20, false)]
    [InlineData("clean baseline, under the 1% floor", 1000, 10, 1000, 0, false)]
    [InlineData("clean baseline, over the 1% floor", 1000, 11, 1000, 0, true)]
    [InlineData("no traffic", 0, 0, 1000, 20, false)]
    public void Compare_ServerErrorRate_AlertsAboveBaselineTimesFactor(string name, long requests, long errors, long baseRequests, long baseErrors, bool alerts)
    {
        var report = HealthComparison.Compare(Summary(requests, errors), Summary(baseRequests, baseErrors));

        Assert.True(alerts == report.Alerts.Any(a => a.Kind == HealthAlertKind.ServerErrorRate), name);
    }

    [Fact]
    public void Compare_RateAlert_NamesRateCountsAndBaseline()
    {
        var report = HealthComparison.Compare(Summary(1000, 50), Summary(2000, 40));

        Assert.Equal("5xx rate 5.00% (50 of 1,000) is above 2× the baseline 2.00%", Assert.Single(report.Alerts).Text);
        Assert.Equal(0.04, report.ServerErrorRateLimit, 10);
    }

    [Fact]
    public void Compare_NoBaseline_UsesTheFloor()
    {
        var report = HealthComparison.Compare(Summary(100, 3, ("H10", 2)), baseline: null);

        Assert.Equal(
            ["H10 ×2: app crashed (web dyno crashed or boot timeout)", "5xx rate 3.00% (3 of 100) is above the floor 1.00%"],
            report.Alerts.Select(a => a.Text));
    }

    [Fact]
    public void Compare_CustomRules_UsesTheirCodesAndFactor()
    {
        var rules = new HealthRules { AlertCodes = ["H12"], ServerErrorRateFactor = 5, MinimumServerErrorRate = 0 };

        var report = HealthComparison.Compare(Summary(1000, 90, ("H12", 1), ("H10", 4)), Summary(1000, 20), rules);

        Assert.Equal(["H12"], report.Alerts.Where(a => a.Kind == HealthAlertKind.ErrorCode).Select(a => a.Code));
        Assert.DoesNotContain(report.Alerts, a => a.Kind == HealthAlertKind.ServerErrorRate);
    }

    [Fact]
    public void Render_ReportWithBaseline_ShowsAlertsThenComparison()
    {
        var current = Summary(1200, 36, ("R14", 3)) with { ServiceTime = new ServiceTimes(1200, 20, 410, 2900, 30_000) };
        var baseline = Summary(1100, 11) with { ServiceTime = new ServiceTimes(1100, 18, 380, 1500, 9000) };

        var text = HealthReportText.Render(HealthComparison.Compare(current, baseline));

        Assert.Equal(
            """
            Alerts (2):
              ⚠ R14 ×3: memory quota exceeded (baseline ×0)
              ⚠ 5xx rate 3.00% (36 of 1,200) is above 2× the baseline 1.00%
            Compared with the baseline (source app before the cutover):
              Requests: 1,200 (baseline 1,100)
              5xx rate: 3.00% (baseline 1.00%, limit 2.00%)
              p95: 410 ms (baseline 380 ms)
              p99: 2,900 ms (baseline 1,500 ms)
            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Render_HealthyReportWithoutBaseline_SaysSo()
    {
        var text = HealthReportText.Render(HealthComparison.Compare(Summary(10, 0), null));

        Assert.Equal("No alerts.\nNo baseline was captured before the cutover; the 5xx limit is 1.00%.", text);
    }

    private static TrafficSummary Summary(long requests, long serverErrors, params (string Code, long Count)[] codes) =>
        TrafficSummary.Empty with
        {
            Requests = requests,
            Statuses = new StatusClassCounts(0, requests - serverErrors, 0, 0, serverErrors),
            ErrorCodes = [.. codes.Select(c => new ErrorCodeCount(c.Code, c.Count))],
        };
}
