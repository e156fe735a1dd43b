using Cutover.Chat.Teams.Activities;
using Cutover.Chat.Teams.Inbound;

namespace Cutover.Host.Teams;

/// <summary>
/// Works a stored Teams activity: a command goes to <see cref="ChatCommands"/> and its reply into the same thread (Teams
/// has no ephemeral messages); a card click's reply goes back to the waiting invoke, or into the thread if none waits;
/// the bot being added to a team posts help.
/// </summary>
public sealed class TeamsInboundHandler(ChatCommands commands, TeamsChatNotifier teams, TeamsInvokeReplies replies) : IInboundHandler
{
    public string Channel => TeamsEndpoints.Channel;

    public async Task HandleAsync(InboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var parsed = TeamsActivityParser.Parse(item.Body);
        if (!parsed.Succeeded)
            throw new InvalidOperationException($"stored Teams activity {item.Id} cannot be read back: {parsed.Error}");
        switch (TeamsInbound.Classify(parsed.Activity!))
        {
            case TeamsCommandMessage { User: { } user } command:
                var reply = await commands.CommandAsync(new ChatRequest(command.Conversation, user), command.CommandText, cancellationToken);
                if (reply is not null)
                    await teams.PostAsync(command.Conversation, reply, cancellationToken);
                break;
            case TeamsCardAction { User: { } clicker } click:
                var refusal = await commands.ClickAsync(new ChatRequest(click.Conversation, clicker), click.Payload, click.Verdict, click.Reason,
                    cancellationToken);
                if (!replies.Deliver(item.Key, refusal) && refusal is not null)
                    await teams.PostAsync(click.Conversation, refusal, cancellationToken);
                break;
            case TeamsBotAdded { ReplyTo: { } where }:
                await teams.PostAsync(where, RunMessages.Help(), cancellationToken);
                break;
            default:
                break;
        }
    }
}
