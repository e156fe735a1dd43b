using Cutover.Chat.Teams.Auth;
using Microsoft.Extensions.Options;

namespace Cutover.Tests.Chat.Teams;

public class AddTeamsTests
{
    [Fact]
    public void AddTeams_MultiTenantBot_ResolvesEveryPart()
    {
        using var services = Services(MultiTenant());

        Assert.False(services.GetRequiredService<BotFrameworkTokenValidator>().IsAuthenticationDisabled);
        Assert.NotNull(services.GetRequiredService<TeamsChatNotifier>());
        Assert.Equal("botframework.com", services.GetRequiredService<TeamsOptions>().AuthorityTenant);
    }

    [Fact]
    public void AddTeams_NoAppId_ServesNoEndpoint()
    {
        using var services = Services(new TeamsOptions());

        var settings = services.GetRequiredService<TeamsOptions>();
        Assert.False(settings.ServesMessages);
        Assert.Equal("Teams: off (no app id)", settings.ToString());
    }

    [Fact]
    public void AddTeams_NoAppIdInEmulatorMode_ServesTheEndpointWithAuthenticationOff()
    {
        using var services = Services(new TeamsOptions { Emulator = true });

        var settings = services.GetRequiredService<TeamsOptions>();
        Assert.True(settings.ServesMessages);
        Assert.True(services.GetRequiredService<BotFrameworkTokenValidator>().IsAuthenticationDisabled);
        Assert.Equal("Teams: Emulator mode (no app id, authentication disabled, loopback only)", settings.ToString());
    }

    [Theory]
    [InlineData("app id without password")]
    [InlineData("http metadata on a public host")]
    [InlineData("http login on a public host")]
    public void AddTeams_UnsafeSettings_AreRefusedAtStartUp(string problem)
    {
        var settings = MultiTenant();
        switch (problem)
        {
            case "app id without password": settings.AppPassword = null; break;
            case "http metadata on a public host": settings.OpenIdMetadataUrl = new Uri("http://login.botframework.com/v1/.well-known/openidconfiguration"); break;
            case "http login on a public host": settings.LoginBaseUrl = new Uri("http://login.example.com/"); break;
        }

        Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddTeams(settings));
    }

    [Fact]
    public void Settings_ToString_NeverShowsThePassword()
    {
        var settings = new TeamsOptions { AppId = "6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", AppPassword = "p@ss-w0rd-value", AppTenantId = "4a7f1e2d-3c4b-4d5e-8f6a-9b0c1d2e3f4a" };

        Assert.DoesNotContain("p@ss-w0rd-value", settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("single-tenant 4a7f1e2d-3c4b-4d5e-8f6a-9b0c1d2e3f4a", settings.ToString(), StringComparison.Ordinal);
        Assert.Equal("4a7f1e2d-3c4b-4d5e-8f6a-9b0c1d2e3f4a", settings.AuthorityTenant);
    }

    private static TeamsOptions MultiTenant() => new() { AppId = "6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", AppPassword = "secret" };

    private static ServiceProvider Services(TeamsOptions settings) =>
        new ServiceCollection().AddLogging().AddSingleton<IPeopleDirectory, InMemoryPeopleDirectory>().AddTeams(settings).BuildServiceProvider();
}
