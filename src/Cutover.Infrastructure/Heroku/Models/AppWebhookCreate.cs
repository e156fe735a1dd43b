namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /apps/{app}/webhooks</c> (SCHEMA <c>app-webhook</c> Create), without a secret: Heroku makes one.</summary>
/// <param name="Include">Entities to hear about, e.g. <c>api:release</c>.</param>
/// <param name="Level"><c>notify</c> or <c>sync</c>.</param>
/// <param name="Url">Where Heroku posts; it may carry a token, so it is never logged.</param>
public sealed record AppWebhookCreate(IReadOnlyList<string> Include, string Level, string Url);
