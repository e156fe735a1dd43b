using Microsoft.IdentityModel.JsonWebTokens;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// The identity side of Azure Bot Service on a loopback port:
/// <list type="bullet">
/// <item>Bot Framework OpenID metadata (<see cref="OpenIdMetadataUrl"/>) whose JWKS keys carry <c>endorsements</c>;</item>
/// <item>Entra metadata (<see cref="EntraOpenIdMetadataUrl"/>) whose keys carry none;</item>
/// <item>the Entra client-credentials token endpoint <c>POST /{tenant}/oauth2/v2.0/token</c> plus MSAL's instance
/// discovery, reached through <see cref="TeamsOptions.LoginBaseUrl"/>;</item>
/// <item>token minting for inbound requests and <see cref="SendActivityAsync(Uri, string, CancellationToken)"/>, which
/// posts an activity to a bot the way the Bot Connector does.</item>
/// </list>
/// </summary>
public sealed partial class FakeBotFrameworkIssuer : IAsyncDisposable
{
    public const string AppId = "6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a";
    public const string AppPassword = "fake-client-secret-not-real";
    public const string BotTenant = "4a7f1e2d-3c4b-4d5e-8f6a-9b0c1d2e3f4a";

    private const string EntraKeysPath = "common/discovery/v2.0/keys";
    private const string ChannelKeysPath = "v1/.well-known/keys";

    private readonly WebApplication _app;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly FakeSigningKey _loginKey = new("login-key");
    private readonly List<FakeSigningKey> _channelKeys;
    private readonly List<TokenRequest> _tokenRequests = [];
    private int _metadataRequests;

    private FakeBotFrameworkIssuer(WebApplication app, Uri baseAddress, FakeSigningKey channelKey, FakeSigningKey slackKey, FakeSigningKey entraKey)
    {
        _app = app;
        BaseAddress = baseAddress;
        ChannelKey = channelKey;
        SlackOnlyKey = slackKey;
        EntraKey = entraKey;
        _channelKeys = [channelKey, slackKey];
    }

    public Uri BaseAddress { get; }

    public Uri OpenIdMetadataUrl => new(BaseAddress, "v1/.well-known/openidconfiguration");

    public Uri EntraOpenIdMetadataUrl => new(BaseAddress, "common/v2.0/.well-known/openid-configuration");

    /// <summary>The published channel key, endorsing <c>msteams</c>.</summary>
    public FakeSigningKey ChannelKey { get; }

    /// <summary>A published channel key endorsing only <c>slack</c>.</summary>
    public FakeSigningKey SlackOnlyKey { get; }

    /// <summary>The published Entra key (no endorsements).</summary>
    public FakeSigningKey EntraKey { get; }

    /// <summary>Requests for either metadata document or either key set.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>Every client-credentials request, accepted or not.</summary>
    public IReadOnlyList<TokenRequest> TokenRequests
    {
        get
        {
            lock (_tokenRequests)
                return [.. _tokenRequests];
        }
    }

    public static async Task<FakeBotFrameworkIssuer> StartAsync()
    {
        var channelKey = new FakeSigningKey("channel-key-1", "msteams", "webchat");
        var slackKey = new FakeSigningKey("channel-key-slack", "slack");
        var entraKey = new FakeSigningKey("entra-key-1");
        FakeBotFrameworkIssuer? issuer = null;
        var (app, baseAddress) = await LoopbackApp.StartAsync(app => Map(app, () => issuer!));
        issuer = new FakeBotFrameworkIssuer(app, baseAddress, channelKey, slackKey, entraKey);
        return issuer;
    }

    /// <summary>Settings pointing every Teams URL at this fake; single-tenant when <paramref name="tenantId"/> is given.</summary>
    public TeamsOptions Settings(string? tenantId = null) => new()
    {
        AppId = AppId,
        AppPassword = AppPassword,
        AppTenantId = tenantId,
        OpenIdMetadataUrl = OpenIdMetadataUrl,
        EntraOpenIdMetadataUrl = EntraOpenIdMetadataUrl,
        LoginBaseUrl = BaseAddress,
        MetadataMinimumRefreshInterval = TimeSpan.FromSeconds(1),
        ConnectorRetryDelay = TimeSpan.FromMilliseconds(10),
    };

    /// <summary>Publishes another channel key (key rotation); the issuer disposes it.</summary>
    public void PublishChannelKey(FakeSigningKey key)
    {
        lock (_channelKeys)
            _channelKeys.Add(key);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        lock (_channelKeys)
        {
            foreach (var key in _channelKeys)
                key.Dispose();
        }

        EntraKey.Dispose();
        _loginKey.Dispose();
    }
}
