namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// A POST to a command's or click's <c>response_url</c>: <see cref="ResponseType"/> <c>in_channel</c> posts to the
/// channel, anything else is ephemeral to <see cref="User"/>; <see cref="ReplaceOriginal"/> replaces the clicked message.
/// </summary>
public sealed record FakeSlackResponse(string User, string Channel, string Text, JsonElement? Blocks, string ResponseType, bool ReplaceOriginal);
