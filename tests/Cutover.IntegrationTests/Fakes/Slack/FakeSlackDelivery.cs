namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// A request the fake sent to the bot as Slack would (command, interaction, event): kept so that a test can
/// redeliver it, re-signed, the way Slack retries (<see cref="FakeSlack.RedeliverAsync"/>).
/// </summary>
public sealed record FakeSlackDelivery(Uri Endpoint, string ContentType, string Body, string Kind);
