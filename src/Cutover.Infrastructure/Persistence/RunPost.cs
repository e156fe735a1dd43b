namespace Cutover.Infrastructure.Persistence;

/// <summary>One post about one run (see <see cref="Cutover.Core.Ports.IRunPosts"/>).</summary>
public sealed class RunPost(long runId, string key, DateTimeOffset claimedAt)
{
    public long RunId { get; private set; } = runId;

    public string Key { get; private set; } = key;

    public DateTimeOffset ClaimedAt { get; private set; } = claimedAt;

    /// <summary>The chat's id of the message (Slack <c>ts</c>, Teams activity id); null until posted.</summary>
    public string? MessageId { get; set; }
}
