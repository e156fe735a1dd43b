namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>A <c>chat.postEphemeral</c> message: only <see cref="User"/> sees it.</summary>
public sealed record FakeSlackEphemeral(string Channel, string User, string? ThreadTs, string Text, JsonElement? Blocks, string MessageTs);
