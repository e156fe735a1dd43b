using Microsoft.Identity.Client;

namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// The bot's own access token for the Bot Connector: OAuth client credentials through MSAL against
/// <c>login.microsoftonline.com/{tenant}</c> (<see cref="TeamsOptions.AuthorityTenant"/>: our tenant when
/// single-tenant, <c>botframework.com</c> when multi-tenant) with scope <see cref="Scope"/>. MSAL caches the token in
/// memory and renews it shortly before it expires. With no app id (Emulator mode) there is no token.
/// </summary>
public sealed class BotConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly IConfidentialClientApplication? _app;

    /// <param name="settings">App id, secret and tenant.</param>
    /// <param name="httpClients">
    /// MSAL's HTTP: <see cref="MsalHttpClients"/> sends its requests through the host's HttpClient pipeline and, when
    /// <see cref="TeamsOptions.LoginBaseUrl"/> is a loopback http URL, to that URL (MSAL itself only accepts https).
    /// </param>
    public BotConnectorTokenProvider(TeamsOptions settings, IMsalHttpClientFactory httpClients)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClients);
        if (settings.IsAuthenticationDisabled)
            return;
        if (string.IsNullOrWhiteSpace(settings.AppPassword))
            throw new ArgumentException("MicrosoftAppPassword must be set when MicrosoftAppId is set.", nameof(settings));
        _app = ConfidentialClientApplicationBuilder.Create(settings.AppId!.Trim())
            .WithClientSecret(settings.AppPassword)
            .WithAuthority(new Uri(MsalHttpClients.AuthorityBase(settings), settings.AuthorityTenant))
            .WithHttpClientFactory(httpClients)
            .Build();
    }

    /// <summary>A valid access token (from MSAL's cache when it has one), or null when authentication is disabled.</summary>
    /// <exception cref="MsalException">Entra refused the credentials or could not be reached.</exception>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_app is null)
            return null;
        var result = await _app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
