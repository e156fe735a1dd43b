namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>One <c>chat.update</c> call, in the order received.</summary>
public sealed record FakeSlackUpdate(string Channel, string Ts, string Text, JsonElement? Blocks);
