namespace Cutover.Chat.Teams.Auth;

/// <summary>
/// Who may sign tokens for our endpoint (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Bot Framework authentication</see>): the Bot Framework channel issuer, and Entra v1/v2
/// issuers of the Azure Bot Service tenants plus, for a single-tenant bot, our own tenant.
/// </summary>
public static class BotFrameworkIssuers
{
    /// <summary>The issuer of channel tokens (Teams via the Bot Connector).</summary>
    public const string BotFramework = "https://api.botframework.com";

    /// <summary>Entra tenants that Azure Bot Service issues tokens from (BBA and AGN).</summary>
    public static IReadOnlyList<string> AzureBotServiceTenants { get; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static string EntraV1(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Entra issuers we accept, mapped to the tenant each one names.</summary>
    public static IReadOnlyDictionary<string, string> EntraIssuers(TeamsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var tenants = AzureBotServiceTenants.ToList();
        if (settings.IsSingleTenant)
            tenants.Add(settings.AppTenantId!.Trim());
        var issuers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers[EntraV1(tenant)] = tenant;
            issuers[EntraV2(tenant)] = tenant;
        }

        return issuers;
    }
}
