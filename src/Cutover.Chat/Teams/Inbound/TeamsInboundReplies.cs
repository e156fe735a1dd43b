namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// Teams' private replies. Teams has no ephemeral messages: a card click's reply goes back to the invoke that waits for it
/// (<see cref="TeamsInvokeReplies"/>, keyed by the stored request's key), and any other reply, or one nobody waits for, is
/// posted in the thread.
/// </summary>
public sealed class TeamsInboundReplies(TeamsChatNotifier teams, TeamsInvokeReplies invokes) : IInboundReplies
{
    public string Channel => TeamsEndpoints.Channel;

    public async Task ReplyAsync(string key, ChatRequest to, ChatMessage? reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        // A waiting click is answered even without a reply: its invoke then shows the card as the decision left it.
        if (!invokes.Deliver(key, reply) && reply is not null)
            await teams.PostAsync(to.Conversation, reply, cancellationToken);
    }
}
