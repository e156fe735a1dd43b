namespace Cutover.Host.Options;

/// <summary>
/// <c>Teams</c> section; the Bot Framework's own names override it: <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c> (single-tenant bots), <c>BOTFRAMEWORK_OPENID_METADATA_URL</c>.
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    public string? AppTenantId { get; set; }

    /// <summary>The tenant served (<c>TEAMS_TENANT_ID</c>, default the app's tenant); activities from other tenants are refused.</summary>
    public string? TenantId { get; set; }

    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>Entra ID's OpenID metadata (tokens the Bot Connector sends on behalf of Entra apps).</summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>Where tokens are requested (tests point it at a fake); default https://login.microsoftonline.com/.</summary>
    public string? LoginUrl { get; set; }

    /// <summary>Tenant whose Entra groups approvers may belong to (Graph); defaults to the app's tenant.</summary>
    public string? GraphTenantId { get; set; }
}
