namespace Cutover.Core.Runbook;

/// <summary>
/// Where to post about a run later (reminders, health reports): the channel and the thread whose root is
/// the plan message. Holds no secrets.
/// </summary>
public sealed class ConversationReference
{
    private ConversationReference()
    {
        ChannelId = string.Empty;
    }

    /// <param name="channel">Slack, Teams or the sandbox console.</param>
    /// <param name="channelId">Slack channel id, or Teams conversation id.</param>
    /// <param name="threadId">Slack <c>thread_ts</c> or Teams root activity id; set once the plan is posted.</param>
    /// <param name="serviceUrl">Teams only: the Bot Connector service URL of the conversation.</param>
    /// <param name="tenantId">Teams tenant id or Slack team id.</param>
    public ConversationReference(
        ChatChannel channel,
        string channelId,
        string? threadId = null,
        string? serviceUrl = null,
        string? tenantId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        Channel = channel;
        ChannelId = channelId;
        ThreadId = threadId;
        ServiceUrl = serviceUrl;
        TenantId = tenantId;
    }

    public ChatChannel Channel { get; private set; }

    public string ChannelId { get; private set; }

    public string? ThreadId { get; private set; }

    public string? ServiceUrl { get; private set; }

    public string? TenantId { get; private set; }

    /// <summary>Records the thread root once the plan message has been posted.</summary>
    public void AttachThread(string threadId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(threadId);
        ThreadId = threadId;
    }

    public override string ToString() => $"{Channel}:{ChannelId}/{ThreadId ?? "-"}";
}
