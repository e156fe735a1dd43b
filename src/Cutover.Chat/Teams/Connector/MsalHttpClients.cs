using Microsoft.Identity.Client;

namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// Gives MSAL HttpClients from <see cref="IHttpClientFactory"/> (named <see cref="ClientName"/>). MSAL refuses
/// non-https authorities, so a loopback <see cref="TeamsOptions.LoginBaseUrl"/> (a fake token endpoint) is reached by
/// keeping the real authority and letting <see cref="LoginRedirectHandler"/> rewrite each request's host; an https
/// override (another cloud's login host) becomes the authority itself.
/// </summary>
public sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "Cutover.Teams.Login";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);

    /// <summary>The authority host MSAL is configured with.</summary>
    public static Uri AuthorityBase(TeamsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return NeedsRedirect(settings) ? TeamsOptions.DefaultLoginBaseUrl : WithSlash(settings.LoginBaseUrl);
    }

    /// <summary>Whether requests to the authority must be rewritten to <see cref="TeamsOptions.LoginBaseUrl"/>.</summary>
    public static bool NeedsRedirect(TeamsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.LoginBaseUrl is { IsAbsoluteUri: true } url && url.Scheme != Uri.UriSchemeHttps;
    }

    internal static Uri WithSlash(Uri url) => url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
