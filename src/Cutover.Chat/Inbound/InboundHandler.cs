using System.Diagnostics;
using Cutover.Core.Telemetry;

namespace Cutover.Chat.Inbound;

/// <summary>
/// Works a stored request (<see cref="StoredRequests.Read"/>): a command or click goes to <see cref="ChatCommands"/> and its
/// private reply to the platform's <see cref="IInboundReplies"/>; a Reject click whose modal could not be opened is
/// answered with how to reject by command; the bot being added to a team posts the help there. The name the platform sent
/// for the person is remembered first (<see cref="IPeopleDirectory"/>), so what Cutover answers already shows it.
/// </summary>
public sealed class InboundHandler(ChatCommands commands, IChatNotifier chat, IEnumerable<IInboundReplies> replies, IPeopleDirectory people)
{
    private readonly Dictionary<string, IInboundReplies> _replies = replies.ToDictionary(r => r.Channel, StringComparer.Ordinal);

    /// <summary>Whether requests stored for <paramref name="channel"/> can be answered here.</summary>
    public bool Handles(string channel) => _replies.ContainsKey(channel);

    /// <summary>Does the work of one request. Throwing means "try again later"; the worker backs off and retries.</summary>
    public async Task HandleAsync(InboundItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_replies.TryGetValue(item.Channel, out var platform))
            throw new InvalidOperationException($"stored request {item.Id}: no replies for channel {item.Channel}");
        var request = StoredRequests.Read(item);
        using var activity = CutoverTelemetry.StartContinuing(SpanName(request), request?.TraceParent, ActivityKind.Consumer);
        activity?.SetTag("cutover.inbound.channel", item.Channel);
        if (request is { UserName: { } name } && Asker(request) is { } asker && !string.IsNullOrWhiteSpace(name))
            await people.RememberAsync(asker, name, cancellationToken);
        switch (request)
        {
            case InboundCommand command:
                var to = new ChatRequest(command.Where, command.User);
                await platform.ReplyAsync(item.Key, to, await commands.CommandAsync(to, command.Text, cancellationToken), cancellationToken);
                break;
            case InboundClick click:
                var clicker = new ChatRequest(click.Where, click.User);
                var refusal = await commands.ClickAsync(clicker, click.Payload, click.Verdict, click.Reason, cancellationToken);
                await platform.ReplyAsync(item.Key, clicker, refusal, cancellationToken);
                break;
            case InboundRejectByCommand reject:
                await platform.ReplyAsync(item.Key, new ChatRequest(reject.Where, reject.User), RunMessages.RejectByCommand(reject.Payload), cancellationToken);
                break;
            case InboundBotAdded added:
                await chat.PostAsync(added.Where, RunMessages.Help(), cancellationToken);
                break;
            case null:
                // An activity stored before requests were typed that asks nothing of Cutover.
                break;
            default:
                throw new InvalidOperationException($"stored request {item.Id} ({item.Kind}) has no handling");
        }
    }

    /// <summary>The worker's span for a request: "inbound click", "inbound command", ….</summary>
    private static string SpanName(InboundChatRequest? request) => request switch
    {
        InboundCommand => "inbound command",
        InboundClick => "inbound click",
        InboundRejectByCommand => "inbound reject",
        InboundBotAdded => "inbound bot added",
        _ => "inbound request",
    };

    private static ChatUser? Asker(InboundChatRequest request) => request switch
    {
        InboundCommand command => command.User,
        InboundClick click => click.User,
        InboundRejectByCommand reject => reject.User,
        _ => null,
    };
}
