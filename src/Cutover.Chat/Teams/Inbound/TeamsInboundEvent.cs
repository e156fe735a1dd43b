namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// What an inbound activity means to Cutover, decided by <see cref="TeamsInbound.Classify"/>. Every event keeps the
/// activity, and <see cref="ReplyTo"/> says where to answer: the conversation (without thread part), the thread the
/// activity came from (channels only), the service URL and the tenant.
/// </summary>
public abstract record TeamsInboundEvent
{
    protected TeamsInboundEvent(TeamsActivity activity, ConversationReference? replyTo)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Activity = activity;
        ReplyTo = replyTo;
    }

    public TeamsActivity Activity { get; }

    /// <summary>Where to answer; null only for <see cref="TeamsIgnored"/> activities that lack a conversation.</summary>
    public ConversationReference? ReplyTo { get; }

    /// <summary>
    /// The request-ledger key: <c>teams:&lt;activity id&gt;@&lt;hash of the conversation&gt;</c>. The Bot Connector redelivers
    /// with the same activity id, and Teams message ids are only unique within a conversation, hence the hash.
    /// Null when the activity has no id.
    /// </summary>
    public string? DedupeKey => DedupeKeyFor(Activity);

    /// <summary>
    /// The acting user as approvals know them, <c>teams:&lt;id&gt;</c>: the Entra object id, else the Teams user id
    /// (which no <c>teams:</c> approver entry, an Entra object id, matches). Null when the activity names nobody.
    /// </summary>
    public ChatUser? User =>
        (Activity.From?.AadObjectId is { } aad && !string.IsNullOrWhiteSpace(aad) ? aad : Activity.From?.Id) is { } id && !string.IsNullOrWhiteSpace(id)
            ? new ChatUser(ChatChannel.Teams, id)
            : null;

    public static string? DedupeKeyFor(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
            return null;
        var conversation = TeamsThread.Split(activity.Conversation?.Id ?? string.Empty).ConversationId;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversation)))[..16];
        var id = activity.Id.Length <= 200 ? activity.Id : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(activity.Id)));
        return $"teams:{id}@{hash}";
    }
}
