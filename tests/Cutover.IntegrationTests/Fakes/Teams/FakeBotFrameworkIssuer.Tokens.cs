using Microsoft.IdentityModel.Tokens;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>The tokens the fake signs: for activities it sends to the bot as the Bot Connector, and access tokens it checks for its fakes.</summary>
public sealed partial class FakeBotFrameworkIssuer
{
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
}
