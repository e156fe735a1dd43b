namespace Cutover.IntegrationTests.Chat.Teams;

/// <summary>One <see cref="FakeBotFrameworkIssuer"/> shared by a test class.</summary>
public sealed class IssuerFixture : IAsyncLifetime
{
    public FakeBotFrameworkIssuer Issuer { get; private set; } = null!;

    public async Task InitializeAsync() => Issuer = await FakeBotFrameworkIssuer.StartAsync();

    public async Task DisposeAsync() => await Issuer.DisposeAsync();
}
