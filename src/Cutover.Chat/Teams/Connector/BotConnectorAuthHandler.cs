namespace Cutover.Chat.Teams.Connector;

/// <summary>Adds <c>Authorization: Bearer &lt;bot token&gt;</c> to each Connector request (none in Emulator mode).</summary>
public sealed class BotConnectorAuthHandler(BotConnectorTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
