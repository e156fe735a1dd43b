using Microsoft.IdentityModel.Tokens;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>What the fake serves: both OpenID metadata documents and key sets, MSAL's instance discovery and the client-credentials token endpoint.</summary>
public sealed partial class FakeBotFrameworkIssuer
{
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
