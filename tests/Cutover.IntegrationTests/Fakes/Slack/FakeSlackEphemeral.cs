namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>A <c>chat.postEphemeral</c> message: only <see cref="User"/> sees it.</summary>
public sealed record FakeSlackEphemeral(string Channel, string User, string? ThreadTs, string Text, JsonElement? Blocks, string MessageTs)
{
    /// <summary>The top-level text and every text object in the blocks, one per line: for "contains" assertions.</summary>
    public string AllText => string.Join("\n", new[] { Text }.Concat(Blocks is { } blocks ? FakeSlackMessage.Texts(blocks) : []));
}
