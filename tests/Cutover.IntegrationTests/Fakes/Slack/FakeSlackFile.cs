namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>A file shared through the fake: where (channel and thread), its name, title, alt text and bytes.</summary>
public sealed record FakeSlackFile(string Id, string? Channel, string? ThreadTs, string Name, string? Title, string? AltText, byte[] Bytes);
