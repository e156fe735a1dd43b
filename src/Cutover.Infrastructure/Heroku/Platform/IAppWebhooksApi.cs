namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// App webhooks (SCHEMA <c>app-webhook</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#app-webhook">Platform API: App Webhook</see>).
/// </summary>
public interface IAppWebhooksApi
{
    /// <summary><c>GET /apps/{app}/webhooks</c> — List: subscriptions to the app's events; secrets are never returned.</summary>
    [Get("/apps/{app}/webhooks")]
    Task<ApiResponse<List<AppWebhook>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /apps/{app}/webhooks</c> — Create: subscribe a URL to the app's events. Without a secret Heroku makes one and
    /// answers it once, in the <c>Heroku-Webhook-Secret</c> header; Cutover never reads it.
    /// </summary>
    [Post("/apps/{app}/webhooks")]
    Task<AppWebhook> CreateAsync(string app, [Body] AppWebhookCreate webhook, CancellationToken cancellationToken);
}
