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
}
