namespace Cutover.Chat.Teams;

/// <summary>
/// Section <c>Teams</c> (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>,
/// <c>TEAMS_TENANT_ID</c> and <c>BOTFRAMEWORK_OPENID_METADATA_URL</c> are its keys): the bot's Azure Bot registration and
/// the endpoints it talks to. With no <see cref="AppId"/> authentication is off (the Bot Framework Emulator convention): inbound requests carry no token and outbound calls send none, so the
/// host serves Teams traffic only in the explicit <see cref="Emulator"/> mode, and from loopback only. Every base URL
/// can be overridden (tests, sovereign clouds).
/// </summary>
public sealed class TeamsOptions
{
    public const string Section = "Teams";

    /// <summary>Default Bot Framework OpenID metadata (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Bot Framework authentication</see>).</summary>
    public static readonly Uri DefaultOpenIdMetadataUrl = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Default Entra ID metadata, used for Entra-issued tokens (same signing keys for every tenant).</summary>
    public static readonly Uri DefaultEntraOpenIdMetadataUrl = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Where MSAL gets tokens: <c>{LoginBaseUrl}/{tenant}/oauth2/v2.0/token</c>.</summary>
    public static readonly Uri DefaultLoginBaseUrl = new("https://login.microsoftonline.com/");

    /// <summary>Default Microsoft Graph endpoint.</summary>
    public static readonly Uri DefaultGraphBaseUrl = new("https://graph.microsoft.com/");

    /// <summary><c>MicrosoftAppId</c>: the bot's Entra application (client) id; the audience of inbound tokens.</summary>
    public string? AppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret. Never logged.</summary>
    public string? AppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: set for a single-tenant registration, empty for multi-tenant.</summary>
    public string? AppTenantId { get; set; }

    /// <summary>
    /// <c>TEAMS_TENANT_ID</c>: the Entra tenant whose Teams users Cutover serves; activities from other tenants are
    /// refused. Defaults to <see cref="AppTenantId"/>; with neither, a multi-tenant bot serves any tenant it is installed in.
    /// </summary>
    public string? TenantId { get; set; }

    /// <summary>
    /// The tenant Cutover serves: <see cref="TenantId"/>, else <see cref="AppTenantId"/> when it is a tenant id (activities
    /// name tenants by id; a domain-name authority such as <c>contoso.onmicrosoft.com</c> cannot be compared), else null for any.
    /// </summary>
    public string? HomeTenant =>
        !string.IsNullOrWhiteSpace(TenantId) ? TenantId.Trim()
        : IsSingleTenant && Guid.TryParse(AppTenantId, out _) ? AppTenantId!.Trim()
        : null;

    /// <summary><c>BOTFRAMEWORK_OPENID_METADATA_URL</c>: metadata of tokens issued by <c>https://api.botframework.com</c>.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Metadata of Entra-issued tokens (Azure Bot Service tenants, or our own tenant when single-tenant).</summary>
    public Uri EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>
    /// The Entra login host MSAL talks to. MSAL only accepts https authorities, so a different value (a loopback
    /// token endpoint in tests) is reached by redirecting MSAL's requests, not by changing its authority.
    /// </summary>
    [ConfigurationKeyName("LoginUrl")]
    public Uri LoginBaseUrl { get; set; } = DefaultLoginBaseUrl;

    /// <summary>Microsoft Graph, for approver groups (<see cref="Graph.GraphGroupMembership"/>).</summary>
    public Uri GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>The tenant whose groups hold approvers; defaults to <see cref="AppTenantId"/>.</summary>
    public string? GraphTenantId { get; set; }

    /// <summary>How long a group's member list is reused before Graph is asked again.</summary>
    public TimeSpan GraphMembershipCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the OpenID metadata and signing keys are fetched again without being asked (BBA: 5 days, IdentityModel default: 12 h).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Shortest gap between two refreshes forced by an unknown signing key id.</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>First back-off of the Connector retries (doubles, with jitter); Retry-After wins when Teams sends it.</summary>
    public TimeSpan ConnectorRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// <c>CUTOVER_TEAMS_EMULATOR=true</c>: with no app id, <c>/api/messages</c> is served to the Bot Framework Emulator,
    /// unauthenticated, from loopback only. Without it and without an app id the endpoint does not exist.
    /// </summary>
    public bool Emulator { get; set; }

    /// <summary>No app id: authentication is off and only loopback traffic may be accepted.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Whether <c>/api/messages</c> is served: authenticated with an app id, or in <see cref="Emulator"/> mode.</summary>
    public bool ServesMessages => !IsAuthenticationDisabled || Emulator;

    /// <summary>A single-tenant registration: tokens come from our tenant, and MSAL uses it as authority.</summary>
    public bool IsSingleTenant => !string.IsNullOrWhiteSpace(AppTenantId);

    /// <summary>The tenant in the MSAL authority: ours when single-tenant, else <c>botframework.com</c>.</summary>
    public string AuthorityTenant => IsSingleTenant ? AppTenantId!.Trim() : "botframework.com";

    /// <summary>The tenant Graph tokens are issued for, or null when none is configured.</summary>
    public string? GraphTenant =>
        !string.IsNullOrWhiteSpace(GraphTenantId) ? GraphTenantId.Trim() : IsSingleTenant ? AppTenantId!.Trim() : null;

    /// <summary>The settings that matter, without the secret.</summary>
    public override string ToString() =>
        IsAuthenticationDisabled
            ? Emulator ? "Teams: Emulator mode (no app id, authentication disabled, loopback only)" : "Teams: off (no app id)"
            : $"Teams: app {AppId} ({(IsSingleTenant ? $"single-tenant {AppTenantId}" : "multi-tenant")}), metadata {OpenIdMetadataUrl}";
}
