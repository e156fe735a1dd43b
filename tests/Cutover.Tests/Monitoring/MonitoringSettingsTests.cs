namespace Cutover.Tests.Monitoring;

public class MonitoringSettingsTests
{
    [Fact]
    public void Defaults_Every15MinutesFor24Hours_WithHerokusAlertCodes()
    {
        var settings = new MonitoringOptions();

        Assert.Equal(96, (int)(settings.Duration / settings.Interval));
        Assert.Equal(["H10", "H14", "H20", "H99", "R14", "R15"], settings.Rules().AlertCodes);
        Assert.Equal(new LogWindow(), settings.Window());
    }

    [Theory]
    [InlineData("Interval")]
    [InlineData("Duration")]
    [InlineData("ServerErrorRateFactor")]
    [InlineData("MinimumServerErrorRate")]
    [InlineData("RecentLines")]
    public void Validate_SettingOutOfRange_ThrowsNamingIt(string name)
    {
        var settings = new MonitoringOptions();
        switch (name)
        {
            case "Interval": settings.Interval = TimeSpan.Zero; break;
            case "Duration": settings.Duration = TimeSpan.FromMinutes(1); break;
            case "ServerErrorRateFactor": settings.ServerErrorRateFactor = 0.5; break;
            case "MinimumServerErrorRate": settings.MinimumServerErrorRate = 2; break;
            default: settings.RecentLines = 5000; break;
        }

        var result = new MonitoringOptionsValidation().Validate(null, settings);

        Assert.True(result.Failed);
        Assert.Contains(name, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCutoverMonitoring_WithHerokuClients_ResolvesTheSamplerOverHerokuLogs()
    {
        using var provider = new ServiceCollection()
            .AddLogging()
            .AddHerokuClients(new HerokuOptions { ApiToken = "t" })
            .AddCutoverMonitoring(new MonitoringOptions())
            .BuildServiceProvider();

        Assert.IsType<HerokuLogSource>(provider.GetRequiredService<ILogSource>());
        Assert.IsType<LogTrafficSampler>(provider.GetRequiredService<ITrafficSampler>());
        Assert.Equal(2.0, provider.GetRequiredService<HealthRules>().ServerErrorRateFactor);
    }
}
