namespace Cutover.IntegrationTests.Chat.Teams;

/// <summary>The inbound JWT checks against the loopback issuer: every check refuses its own broken token, valid ones pass.</summary>
public sealed class BotFrameworkTokenValidatorTests(IssuerFixture fixture) : IClassFixture<IssuerFixture>, IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/";
    private const string Teams = "msteams";

    private readonly HttpClient _metadataClient = new();

    private FakeBotFrameworkIssuer Issuer => fixture.Issuer;

    [Fact]
    public async Task Validate_ChannelToken_PassesWithItsClaims()
    {
        var result = await Validator().ValidateAsync(Bearer(Issuer.ChannelToken(ServiceUrl)), ServiceUrl, Teams, default);

        Assert.True(result.Succeeded, result.ToString());
        Assert.False(result.IsAnonymous);
        Assert.Equal(BotFrameworkIssuers.BotFramework, result.Issuer);
        Assert.Equal(ServiceUrl, result.Identity!.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("issuer not accepted", TeamsAuthCheck.Issuer)]
    [InlineData("audience of another bot", TeamsAuthCheck.Audience)]
    [InlineData("no audience", TeamsAuthCheck.Audience)]
    [InlineData("expired 6 minutes ago", TeamsAuthCheck.Lifetime)]
    [InlineData("valid only in 6 minutes", TeamsAuthCheck.Lifetime)]
    [InlineData("serviceurl of another region", TeamsAuthCheck.ServiceUrl)]
    [InlineData("no serviceurl claim", TeamsAuthCheck.ServiceUrl)]
    [InlineData("key endorsing only slack", TeamsAuthCheck.Endorsement)]
    [InlineData("HS256", TeamsAuthCheck.Algorithm)]
    [InlineData("unpublished key", TeamsAuthCheck.SigningKey)]
    [InlineData("signed by another key under the published kid", TeamsAuthCheck.Signature)]
    public async Task Validate_BrokenChannelToken_IsRefusedNamingTheCheck(string broken, TeamsAuthCheck check)
    {
        using var stranger = new FakeSigningKey("unpublished-key", Teams);
        using var impostor = new FakeSigningKey(Issuer.ChannelKey.KeyId, Teams);
        var valid = Issuer.ChannelToken(ServiceUrl);
        var now = DateTimeOffset.UtcNow;
        var token = broken switch
        {
            "issuer not accepted" => valid with { Issuer = "https://api.botframework.example" },
            "audience of another bot" => valid with { Audience = "0b8e7c6d-1111-4222-8333-944455566677" },
            "no audience" => valid with { Audience = null },
            "expired 6 minutes ago" => valid with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-6) },
            "valid only in 6 minutes" => valid with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) },
            "serviceurl of another region" => valid with { ServiceUrl = "https://smba.trafficmanager.net/emea/56653e9d-2158-46ee-90d7-675c39642038/" },
            "no serviceurl claim" => valid with { ServiceUrl = null },
            "key endorsing only slack" => valid with { Key = Issuer.SlackOnlyKey },
            "HS256" => valid with { Algorithm = "HS256" },
            "unpublished key" => valid with { Key = stranger },
            "signed by another key under the published kid" => valid with { Key = impostor },
            _ => throw new ArgumentOutOfRangeException(nameof(broken), broken, null),
        };

        var result = await Validator().ValidateAsync(Bearer(token), ServiceUrl, Teams, default);

        Assert.False(result.Succeeded);
        Assert.Equal(check, result.FailedCheck);
        Assert.False(result.IsFault);
        Assert.StartsWith($"Teams auth refused at {check}: ", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Issuer.Mint(token), result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_IssuerWithLineBreaks_IsEchoedOnOneLogLine()
    {
        var token = Issuer.ChannelToken(ServiceUrl) with { Issuer = "https://evil\nTeams auth: ok (iss https://api.botframework.com)" };

        var result = await Validator().ValidateAsync(Bearer(token), ServiceUrl, Teams, default);

        Assert.Equal(TeamsAuthCheck.Issuer, result.FailedCheck);
        Assert.DoesNotContain('\n', result.ToString());
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("bearer TOKEN")]
    [InlineData("Bearer")]
    [InlineData("Bearer  TOKEN")]
    public async Task Validate_NotBearerScheme_IsRefusedAtScheme(string header)
    {
        var token = Issuer.Mint(Issuer.ChannelToken(ServiceUrl));

        var result = await Validator().ValidateAsync(header.Replace("TOKEN", token, StringComparison.Ordinal), ServiceUrl, Teams, default);

        Assert.Equal(TeamsAuthCheck.Scheme, result.FailedCheck);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Validate_NoHeaderWithAppId_IsRefusedAtHeader(string? header)
    {
        var result = await Validator().ValidateAsync(header, ServiceUrl, Teams, default);

        Assert.Equal(TeamsAuthCheck.Header, result.FailedCheck);
    }

    [Fact]
    public async Task Validate_NotAJwt_IsRefusedAtToken()
    {
        var result = await Validator().ValidateAsync("Bearer not.a-jwt", ServiceUrl, Teams, default);

        Assert.Equal(TeamsAuthCheck.Token, result.FailedCheck);
    }

    [Theory]
    [InlineData("expired 4 minutes ago")]
    [InlineData("valid from 4 minutes on")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    [InlineData("serviceurl in other case")]
    [InlineData("no channel id on the activity")]
    public async Task Validate_TokenWithinTheRules_Passes(string variant)
    {
        var valid = Issuer.ChannelToken(ServiceUrl);
        var now = DateTimeOffset.UtcNow;
        var (token, channelId) = variant switch
        {
            "expired 4 minutes ago" => (valid with { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) }, Teams),
            "valid from 4 minutes on" => (valid with { NotBefore = now.AddMinutes(4), Expires = now.AddHours(1) }, Teams),
            "RS384" => (valid with { Algorithm = "RS384" }, Teams),
            "RS512" => (valid with { Algorithm = "RS512" }, Teams),
            "serviceurl in other case" => (valid with { ServiceUrl = ServiceUrl.ToUpperInvariant() }, Teams),
            "no channel id on the activity" => (valid with { Key = Issuer.SlackOnlyKey }, (string?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, null),
        };

        var result = await Validator().ValidateAsync(Bearer(token), ServiceUrl, channelId, default);

        Assert.True(result.Succeeded, result.ToString());
    }

    [Fact]
    public async Task Validate_EntraTokenFromBotServiceTenant_Passes()
    {
        var result = await Validator().ValidateAsync(Bearer(Issuer.EntraToken()), ServiceUrl, Teams, default);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", result.Issuer);
    }

    [Fact]
    public async Task Validate_EntraTokenFromOwnTenant_PassesOnlyWhenSingleTenant()
    {
        var token = Bearer(Issuer.EntraToken(FakeBotFrameworkIssuer.BotTenant, ServiceUrl));

        var singleTenant = await Validator(Issuer.Settings(FakeBotFrameworkIssuer.BotTenant)).ValidateAsync(token, ServiceUrl, Teams, default);
        var multiTenant = await Validator().ValidateAsync(token, ServiceUrl, Teams, default);

        Assert.True(singleTenant.Succeeded, singleTenant.ToString());
        Assert.Equal(TeamsAuthCheck.Issuer, multiTenant.FailedCheck);
    }

    [Theory]
    [InlineData("tid of another tenant", TeamsAuthCheck.Tenant)]
    [InlineData("serviceurl of another region", TeamsAuthCheck.ServiceUrl)]
    [InlineData("channel key instead of Entra key", TeamsAuthCheck.SigningKey)]
    [InlineData("audience of another bot", TeamsAuthCheck.Audience)]
    public async Task Validate_BrokenEntraToken_IsRefusedNamingTheCheck(string broken, TeamsAuthCheck check)
    {
        var valid = Issuer.EntraToken();
        var token = broken switch
        {
            "tid of another tenant" => valid with { Claims = new Dictionary<string, object> { ["tid"] = FakeBotFrameworkIssuer.BotTenant, ["ver"] = "2.0" } },
            "serviceurl of another region" => valid with { ServiceUrl = "https://smba.trafficmanager.net/emea/x/" },
            "channel key instead of Entra key" => valid with { Key = Issuer.ChannelKey },
            "audience of another bot" => valid with { Audience = "https://api.botframework.com" },
            _ => throw new ArgumentOutOfRangeException(nameof(broken), broken, null),
        };

        var result = await Validator().ValidateAsync(Bearer(token), ServiceUrl, Teams, default);

        Assert.Equal(check, result.FailedCheck);
    }

    [Fact]
    public async Task Validate_NoAppIdConfigured_AcceptsAnonymouslyAndSaysAuthIsOff()
    {
        var validator = Validator(new TeamsOptions { OpenIdMetadataUrl = Issuer.OpenIdMetadataUrl });

        var result = await validator.ValidateAsync(null, ServiceUrl, Teams, default);

        Assert.True(validator.IsAuthenticationDisabled);
        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Null(result.Identity);
    }

    [Fact]
    public async Task Validate_MetadataUnreachable_IsAFaultAtMetadata()
    {
        var settings = Issuer.Settings();
        settings.OpenIdMetadataUrl = new Uri("http://127.0.0.1:9/v1/.well-known/openidconfiguration");

        var result = await Validator(settings).ValidateAsync(Bearer(Issuer.ChannelToken(ServiceUrl)), ServiceUrl, Teams, default);

        Assert.Equal(TeamsAuthCheck.Metadata, result.FailedCheck);
        Assert.True(result.IsFault);
    }

    [Fact]
    public async Task Validate_ManyRequests_FetchMetadataAndKeysOnce()
    {
        var validator = Validator();
        var before = Issuer.MetadataRequests;

        for (var i = 0; i < 5; i++)
            Assert.True((await validator.ValidateAsync(Bearer(Issuer.ChannelToken(ServiceUrl)), ServiceUrl, Teams, default)).Succeeded);

        Assert.Equal(2, Issuer.MetadataRequests - before);
    }

    [Fact]
    public async Task Validate_KeyPublishedAfterCaching_IsFoundByARefresh()
    {
        var validator = Validator();
        Assert.True((await validator.ValidateAsync(Bearer(Issuer.ChannelToken(ServiceUrl)), ServiceUrl, Teams, default)).Succeeded);
        var rotated = new FakeSigningKey($"channel-key-{Guid.NewGuid():N}", Teams);
        Issuer.PublishChannelKey(rotated);

        var result = await validator.ValidateAsync(Bearer(Issuer.ChannelToken(ServiceUrl) with { Key = rotated }), ServiceUrl, Teams, default);

        Assert.True(result.Succeeded, result.ToString());
    }

    public void Dispose() => _metadataClient.Dispose();

    private BotFrameworkTokenValidator Validator(TeamsOptions? settings = null) => new(settings ?? Issuer.Settings(), _metadataClient);

    private string Bearer(TokenSpec spec) => "Bearer " + Issuer.Mint(spec);
}
