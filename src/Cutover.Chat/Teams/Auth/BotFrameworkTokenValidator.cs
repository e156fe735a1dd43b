using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Cutover.Chat.Teams.Auth;

/// <summary>
/// Validates the <c>Authorization: Bearer &lt;JWT&gt;</c> of a request to <c>/api/messages</c> in the order of
/// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Bot Framework authentication</see>: header, scheme, issuer (before any signature work), algorithm, signature against the
/// published keys, lifetime (5-minute skew), endorsement of the channel id, audience = app id, and the
/// <c>serviceurl</c> claim = the activity's serviceUrl. Two kinds of token pass:
/// <list type="bullet">
/// <item>channel tokens, issuer <c>https://api.botframework.com</c>, keys from <see cref="TeamsOptions.OpenIdMetadataUrl"/>
/// with <c>endorsements</c>; every check applies;</item>
/// <item>Entra tokens from the Azure Bot Service tenants (or our tenant when single-tenant), keys from
/// <see cref="TeamsOptions.EntraOpenIdMetadataUrl"/>; those keys carry no endorsements, so that check is skipped,
/// <c>tid</c> must name the issuer's tenant, and <c>serviceurl</c> is compared when present.</item>
/// </list>
/// With no app id configured every request is accepted as anonymous; the host then accepts loopback callers only.
/// </summary>
public sealed class BotFrameworkTokenValidator
{
    /// <summary>Tolerance on <c>exp</c>/<c>nbf</c> (BBA <c>ClockSkew</c>).</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>BBA <c>AllowedSigningAlgorithms</c>.</summary>
    public static readonly IReadOnlyList<string> AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private const string ServiceUrlClaim = "serviceurl";
    private const string TenantClaim = "tid";
    private const int MaxEchoedLength = 80;

    private readonly TeamsOptions _settings;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _entraMetadata;
    private readonly IReadOnlyDictionary<string, string> _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <param name="settings">App id, tenant and metadata URLs.</param>
    /// <param name="metadataClient">Used for the metadata and key documents for the validator's whole life.</param>
    public BotFrameworkTokenValidator(TeamsOptions settings, HttpClient metadataClient)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(metadataClient);
        _settings = settings;
        _channelMetadata = new OpenIdMetadata(settings.OpenIdMetadataUrl, metadataClient, settings);
        _entraMetadata = new OpenIdMetadata(settings.EntraOpenIdMetadataUrl, metadataClient, settings);
        _entraIssuers = BotFrameworkIssuers.EntraIssuers(settings);
    }

    /// <summary>No app id is configured: requests are not authenticated, and the host must accept loopback only.</summary>
    public bool IsAuthenticationDisabled => _settings.IsAuthenticationDisabled;

    /// <summary>Validates one request; never throws for a bad token, only for cancellation.</summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or null.</param>
    /// <param name="activityServiceUrl">The activity's <c>serviceUrl</c>.</param>
    /// <param name="channelId">The activity's <c>channelId</c> (<c>msteams</c>), checked against the key's endorsements.</param>
    /// <param name="cancellationToken">Cancels a metadata fetch in progress.</param>
    public async Task<TeamsAuthResult> ValidateAsync(
        string? authorizationHeader, string? activityServiceUrl, string? channelId, CancellationToken cancellationToken)
    {
        if (IsAuthenticationDisabled)
            return TeamsAuthResult.Anonymous();
        if (string.IsNullOrWhiteSpace(authorizationHeader))
            return TeamsAuthResult.Fail(TeamsAuthCheck.Header, "no Authorization header");

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
            return TeamsAuthResult.Fail(TeamsAuthCheck.Scheme, $"expected 'Bearer <token>', got scheme '{Echo(parts[0])}'");

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            return TeamsAuthResult.Fail(TeamsAuthCheck.Token, "the bearer token is not a well-formed JWT");
        }

        var isChannelToken = string.Equals(token.Issuer, BotFrameworkIssuers.BotFramework, StringComparison.Ordinal);
        string? entraTenant = null;
        if (!isChannelToken && !_entraIssuers.TryGetValue(token.Issuer ?? string.Empty, out entraTenant))
            return TeamsAuthResult.Fail(TeamsAuthCheck.Issuer, $"'{Echo(token.Issuer)}' is not an accepted issuer");
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
            return TeamsAuthResult.Fail(TeamsAuthCheck.Algorithm, $"'{Echo(token.Alg)}' is not one of {string.Join(", ", AllowedAlgorithms)}");

        var metadata = isChannelToken ? _channelMetadata : _entraMetadata;
        var validated = await ValidateSignedTokenAsync(parts[1], token, metadata, cancellationToken).ConfigureAwait(false);
        if (validated.Failure is { } failure)
            return failure;

        if (isChannelToken)
        {
            var endorsements = OpenIdMetadata.Endorsements(validated.Configuration!, token.Kid);
            if (endorsements.Count == 0)
                return TeamsAuthResult.Fail(TeamsAuthCheck.Endorsement, $"signing key '{Echo(token.Kid)}' has no endorsements");
            if (!string.IsNullOrEmpty(channelId) && !endorsements.Contains(channelId, StringComparer.Ordinal))
                return TeamsAuthResult.Fail(TeamsAuthCheck.Endorsement, $"signing key '{Echo(token.Kid)}' does not endorse channel '{Echo(channelId)}'");
        }

        if (!token.Audiences.Any(a => string.Equals(a, _settings.AppId, StringComparison.OrdinalIgnoreCase)))
            return TeamsAuthResult.Fail(TeamsAuthCheck.Audience, $"audience '{Echo(string.Join(",", token.Audiences))}' is not the app id");

        var serviceUrl = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) ? claimed : null;
        if (isChannelToken || serviceUrl is not null)
        {
            if (string.IsNullOrEmpty(serviceUrl))
                return TeamsAuthResult.Fail(TeamsAuthCheck.ServiceUrl, "the token has no serviceurl claim");
            if (!string.Equals(serviceUrl, activityServiceUrl, StringComparison.OrdinalIgnoreCase))
                return TeamsAuthResult.Fail(TeamsAuthCheck.ServiceUrl, $"serviceurl claim '{Echo(serviceUrl)}' differs from the activity's serviceUrl '{Echo(activityServiceUrl)}'");
        }

        if (entraTenant is not null)
        {
            var tid = token.TryGetPayloadValue<string>(TenantClaim, out var t) ? t : null;
            if (!string.Equals(tid, entraTenant, StringComparison.OrdinalIgnoreCase))
                return TeamsAuthResult.Fail(TeamsAuthCheck.Tenant, $"tid '{Echo(tid)}' does not match the issuer's tenant");
        }

        return TeamsAuthResult.Success(validated.Identity!);
    }

    private async Task<SignedTokenOutcome> ValidateSignedTokenAsync(
        string raw, JsonWebToken token, OpenIdMetadata metadata, CancellationToken cancellationToken)
    {
        var configuration = await FetchAsync(metadata, cancellationToken).ConfigureAwait(false);
        if (configuration is null)
            return new(TeamsAuthResult.Fail(TeamsAuthCheck.Metadata, $"could not fetch the OpenID metadata or keys from {metadata.Url}"), null, null);

        var result = await _handler.ValidateTokenAsync(raw, Parameters(configuration, token.Issuer)).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await RefreshAsync(metadata, configuration, cancellationToken).ConfigureAwait(false) is { } refreshed)
        {
            // Keys rotate: the document was fetched again (throttled) before an unknown key id is refused.
            configuration = refreshed;
            result = await _handler.ValidateTokenAsync(raw, Parameters(configuration, token.Issuer)).ConfigureAwait(false);
        }

        return result.IsValid
            ? new(null, configuration, result.ClaimsIdentity)
            : new(Describe(result.Exception, token), configuration, null);
    }

    private static async Task<OpenIdConnectConfiguration?> FetchAsync(OpenIdMetadata metadata, CancellationToken cancellationToken)
    {
        try
        {
            return await metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task<OpenIdConnectConfiguration?> RefreshAsync(
        OpenIdMetadata metadata, OpenIdConnectConfiguration stale, CancellationToken cancellationToken)
    {
        try
        {
            return await metadata.RefreshAsync(stale, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, string issuer) => new()
    {
        ValidIssuer = issuer,
        ValidateIssuer = true,
        ValidateAudience = false, // checked by hand below, after the endorsement, as BBA does
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = OpenIdMetadata.SigningKeys(configuration),
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
    };

    private static TeamsAuthResult Describe(Exception? exception, JsonWebToken token) => exception switch
    {
        SecurityTokenSignatureKeyNotFoundException =>
            TeamsAuthResult.Fail(TeamsAuthCheck.SigningKey, $"no published signing key has id '{Echo(token.Kid)}'"),
        SecurityTokenInvalidSignatureException =>
            TeamsAuthResult.Fail(TeamsAuthCheck.Signature, $"the signature does not verify with key '{Echo(token.Kid)}'"),
        SecurityTokenExpiredException =>
            TeamsAuthResult.Fail(TeamsAuthCheck.Lifetime, $"expired at {Utc(token.ValidTo)}, beyond the {ClockSkew.TotalMinutes:0}-minute skew"),
        SecurityTokenNotYetValidException =>
            TeamsAuthResult.Fail(TeamsAuthCheck.Lifetime, $"not valid before {Utc(token.ValidFrom)}, beyond the {ClockSkew.TotalMinutes:0}-minute skew"),
        SecurityTokenNoExpirationException => TeamsAuthResult.Fail(TeamsAuthCheck.Lifetime, "the token has no exp"),
        SecurityTokenInvalidLifetimeException => TeamsAuthResult.Fail(TeamsAuthCheck.Lifetime, "nbf is after exp"),
        SecurityTokenInvalidIssuerException => TeamsAuthResult.Fail(TeamsAuthCheck.Issuer, $"'{Echo(token.Issuer)}' is not an accepted issuer"),
        SecurityTokenInvalidAlgorithmException => TeamsAuthResult.Fail(TeamsAuthCheck.Algorithm, $"'{Echo(token.Alg)}' is not allowed"),
        _ => TeamsAuthResult.Fail(TeamsAuthCheck.Token, $"the token did not validate ({exception?.GetType().Name ?? "unknown reason"})"),
    };

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Caller-controlled text made safe for one log line: shortened, control characters replaced.</summary>
    private static string Echo(string? value)
    {
        if (value is null)
            return "(none)";
        var shown = value.Length <= MaxEchoedLength ? value : value[..MaxEchoedLength] + "…";
        return string.Create(shown.Length, shown, static (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
        });
    }

    private sealed record SignedTokenOutcome(TeamsAuthResult? Failure, OpenIdConnectConfiguration? Configuration, ClaimsIdentity? Identity);
}
