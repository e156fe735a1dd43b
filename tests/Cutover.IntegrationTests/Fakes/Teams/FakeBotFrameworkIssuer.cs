using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// The identity side of Azure Bot Service on a loopback port:
/// <list type="bullet">
/// <item>Bot Framework OpenID metadata (<see cref="OpenIdMetadataUrl"/>) whose JWKS keys carry <c>endorsements</c>;</item>
/// <item>Entra metadata (<see cref="EntraOpenIdMetadataUrl"/>) whose keys carry none;</item>
/// <item>the Entra client-credentials token endpoint <c>POST /{tenant}/oauth2/v2.0/token</c> plus MSAL's instance
/// discovery, reached through <see cref="TeamsSettings.LoginBaseUrl"/>;</item>
/// <item>token minting for inbound requests and <see cref="SendActivityAsync(Uri, string, CancellationToken)"/>, which
/// posts an activity to a bot the way the Bot Connector does.</item>
/// </list>
/// </summary>
public sealed class FakeBotFrameworkIssuer : IAsyncDisposable
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
    public TeamsSettings Settings(string? tenantId = null) => new()
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

    /// <summary>A valid channel token for <paramref name="serviceUrl"/>: BF issuer, aud = app id, 5 minutes old, 55 left.</summary>
    public TokenSpec ChannelToken(string? serviceUrl) => new()
    {
        Issuer = BotFrameworkIssuers.BotFramework,
        Audience = AppId,
        ServiceUrl = serviceUrl,
        NotBefore = DateTimeOffset.UtcNow.AddMinutes(-5),
        Expires = DateTimeOffset.UtcNow.AddMinutes(55),
        Key = ChannelKey,
    };

    /// <summary>A valid Entra v2 token from <paramref name="tenantId"/> (an Azure Bot Service tenant by default).</summary>
    public TokenSpec EntraToken(string tenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db", string? serviceUrl = null) => new()
    {
        Issuer = BotFrameworkIssuers.EntraV2(tenantId),
        Audience = AppId,
        ServiceUrl = serviceUrl,
        NotBefore = DateTimeOffset.UtcNow.AddMinutes(-5),
        Expires = DateTimeOffset.UtcNow.AddMinutes(55),
        Key = EntraKey,
        Claims = new Dictionary<string, object> { ["tid"] = tenantId, ["ver"] = "2.0", ["azp"] = "bot-service" },
    };

    public string Mint(TokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var claims = new Dictionary<string, object>(spec.Claims);
        if (spec.ServiceUrl is not null)
            claims["serviceurl"] = spec.ServiceUrl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            NotBefore = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            IssuedAt = spec.NotBefore.UtcDateTime,
            Claims = claims,
            SigningCredentials = spec.Algorithm.StartsWith("HS", StringComparison.Ordinal)
                ? new SigningCredentials(new SymmetricSecurityKey(SHA256.HashData(Encoding.UTF8.GetBytes("shared secret"))) { KeyId = spec.Key.KeyId }, spec.Algorithm)
                : new SigningCredentials(spec.Key.SecurityKey, spec.Algorithm),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>Whether <paramref name="token"/> is an access token this fake issued for the Bot Connector and that is still valid.</summary>
    public Task<bool> IsIssuedConnectorTokenAsync(string? token) => IsIssuedTokenAsync(token, "https://api.botframework.com");

    /// <summary>Whether <paramref name="token"/> is a still valid access token this fake issued for <paramref name="audience"/>.</summary>
    public async Task<bool> IsIssuedTokenAsync(string? token, string audience)
    {
        if (string.IsNullOrEmpty(token))
            return false;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidAudience = audience,
            ValidateIssuer = false,
            IssuerSigningKey = _loginKey.SecurityKey,
        });
        return result.IsValid;
    }

    /// <summary>POSTs <paramref name="activityJson"/> to <c>{botBaseUrl}api/messages</c> with a valid channel token for its serviceUrl.</summary>
    public async Task<HttpResponseMessage> SendActivityAsync(Uri botBaseUrl, string activityJson, CancellationToken cancellationToken = default)
    {
        using var client = new HttpClient { BaseAddress = botBaseUrl };
        return await SendActivityAsync(client, activityJson, cancellationToken);
    }

    /// <summary>The same through a given client (e.g. a WebApplicationFactory client); the path is relative to its base address.</summary>
    public Task<HttpResponseMessage> SendActivityAsync(HttpClient bot, string activityJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        var serviceUrl = JsonNode.Parse(activityJson)?["serviceUrl"]?.GetValue<string>();
        return SendActivityAsync(bot, activityJson, Mint(ChannelToken(serviceUrl)), cancellationToken);
    }

    /// <summary>POSTs the activity with a bearer token of the caller's choosing (negative tests at the endpoint).</summary>
    public static async Task<HttpResponseMessage> SendActivityAsync(HttpClient bot, string activityJson, string? token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bot);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(activityJson, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await bot.SendAsync(request, cancellationToken);
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

    private static void Map(WebApplication app, Func<FakeBotFrameworkIssuer> self)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => self().ChannelMetadata(context));
        app.MapGet("/" + ChannelKeysPath, () => self().ChannelKeys());
        app.MapGet("/common/v2.0/.well-known/openid-configuration", (HttpContext context) => self().EntraMetadata(context));
        app.MapGet("/" + EntraKeysPath, () => self().EntraKeys());
        app.MapGet("/common/discovery/instance", (HttpContext context) => InstanceDiscovery(context));
        app.MapPost("/{tenant}/oauth2/v2.0/token", (string tenant, HttpContext context) => self().TokenAsync(tenant, context));
    }

    private IResult ChannelMetadata(HttpContext context)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = BotFrameworkIssuers.BotFramework,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(BaseAddress, ChannelKeysPath).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult ChannelKeys()
    {
        Interlocked.Increment(ref _metadataRequests);
        lock (_channelKeys)
            return Results.Json(new JsonObject { ["keys"] = new JsonArray([.. _channelKeys.Select(k => k.ToJwk())]) });
    }

    private IResult EntraMetadata(HttpContext context)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
            ["authorization_endpoint"] = new Uri(BaseAddress, "common/oauth2/v2.0/authorize").AbsoluteUri,
            ["token_endpoint"] = new Uri(BaseAddress, "common/oauth2/v2.0/token").AbsoluteUri,
            ["jwks_uri"] = new Uri(BaseAddress, EntraKeysPath).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        });
    }

    private IResult EntraKeys()
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new JsonObject { ["keys"] = new JsonArray(EntraKey.ToJwk()) });
    }

    /// <summary>MSAL's instance discovery for <c>login.microsoftonline.com</c> (the answer Entra gives for the public cloud).</summary>
    private static IResult InstanceDiscovery(HttpContext context) => Results.Json(new JsonObject
    {
        ["tenant_discovery_endpoint"] = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration",
        ["api-version"] = "1.1",
        ["metadata"] = new JsonArray(new JsonObject
        {
            ["preferred_network"] = "login.microsoftonline.com",
            ["preferred_cache"] = "login.windows.net",
            ["aliases"] = new JsonArray("login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"),
        }),
    });

    /// <summary>Entra's client-credentials grant: checks the grant, client id, secret and a <c>/.default</c> scope.</summary>
    private async Task<IResult> TokenAsync(string tenant, HttpContext context)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        var request = new TokenRequest(tenant, form?["grant_type"].ToString(), form?["client_id"].ToString(), form?["scope"].ToString());
        lock (_tokenRequests)
            _tokenRequests.Add(request);
        if (request.GrantType != "client_credentials")
            return OAuthError(400, "unsupported_grant_type", "Only client_credentials is supported here.");
        if (request.ClientId != AppId || form?["client_secret"].ToString() != AppPassword)
            return OAuthError(401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        if (request.Scope is not { } scope || !scope.EndsWith("/.default", StringComparison.Ordinal))
            return OAuthError(400, "invalid_scope", "AADSTS1002012: The provided value for scope is not valid.");

        var now = DateTimeOffset.UtcNow;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = BotFrameworkIssuers.EntraV1(tenant),
            Audience = scope[..^"/.default".Length],
            NotBefore = now.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Claims = new Dictionary<string, object> { ["appid"] = AppId, ["tid"] = tenant },
            SigningCredentials = new SigningCredentials(_loginKey.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = token,
        });
    }

    private static IResult OAuthError(int status, string error, string description) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);
}

