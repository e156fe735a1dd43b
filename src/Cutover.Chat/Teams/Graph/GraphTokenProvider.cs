using Microsoft.Identity.Client;

namespace Cutover.Chat.Teams.Graph;

/// <summary>
/// The bot's app-only token for Microsoft Graph: client credentials against <c>login.microsoftonline.com/{tenant}</c>
/// (<see cref="TeamsOptions.GraphTenant"/>; Graph has no <c>botframework.com</c> tenant) with scope <see cref="Scope"/>.
/// The app registration needs the <c>GroupMember.Read.All</c> application permission, admin-consented. Cached by MSAL.
/// </summary>
public sealed class GraphTokenProvider
{
    public const string Scope = "https://graph.microsoft.com/.default";

    private readonly IConfidentialClientApplication _app;

    /// <exception cref="ArgumentException">No app id, secret or tenant is configured.</exception>
    public GraphTokenProvider(TeamsOptions settings, IMsalHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClients);
        if (settings.IsAuthenticationDisabled || string.IsNullOrWhiteSpace(settings.AppPassword))
            throw new ArgumentException("Graph group membership needs MicrosoftAppId and MicrosoftAppPassword.", nameof(settings));
        if (settings.GraphTenant is not { } tenant)
            throw new ArgumentException("Graph group membership needs MicrosoftAppTenantId (or GraphTenantId): the tenant that owns the groups.", nameof(settings));
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId!.Trim())
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(new Uri(MsalHttpClients.AuthorityBase(settings), tenant))
            .WithHttpClientFactory(httpClients)
            .Build();
    }

    /// <exception cref="MsalException">Entra refused the credentials or could not be reached.</exception>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
