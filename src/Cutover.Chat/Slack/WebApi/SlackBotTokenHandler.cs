namespace Cutover.Chat.Slack.WebApi;

/// <summary>Sends the bot token (<c>xoxb-…</c>) as <c>Authorization: Bearer</c>, the only place it is used. A secret: never logged.</summary>
public sealed class SlackBotTokenHandler(string botToken) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", botToken);
        return base.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public override string ToString() => "SlackBotTokenHandler (token redacted)";
}
