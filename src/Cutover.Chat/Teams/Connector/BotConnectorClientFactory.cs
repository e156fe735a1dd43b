namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// A Refit <see cref="IBotConnectorApi"/> for one conversation's service URL, over the named HttpClient
/// <see cref="ClientName"/> (standard resilience with <see cref="TeamsRetryPolicy"/>, then <see cref="BotConnectorAuthHandler"/>).
/// Service URLs must be https (http on loopback only): the bot's token is sent there.
/// </summary>
public sealed class BotConnectorClientFactory(IHttpClientFactory httpClients)
{
    public const string ClientName = "Cutover.Teams.Connector";

    private static readonly RefitSettings Settings = CreateSettings();

    /// <exception cref="ArgumentException">The service URL is not absolute, or is plain http to a non-loopback host.</exception>
    public IBotConnectorApi For(string? serviceUrl)
    {
        var baseAddress = ConnectorEndpoint.BaseAddress(serviceUrl);
        var client = httpClients.CreateClient(ClientName);
        client.BaseAddress = baseAddress;
        return RestService.For<IBotConnectorApi>(client, Settings);
    }

    private static RefitSettings CreateSettings()
    {
        var settings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(TeamsJson.Options) };
        settings.ExceptionRedactor = exception => exception.RequestMessage?.Headers.Authorization = null;
        return settings;
    }
}
