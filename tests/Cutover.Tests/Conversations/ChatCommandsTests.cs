using Cutover.Core.Conversations;
using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

/// <summary>The router: the refusals every request shares, and one handler per command type.</summary>
public class ChatCommandsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Command_FromAnotherSlackWorkspace_RefusedBeforeTheTextIsRead()
    {
        var runId = await _cutover.OpenRunAsync();
        var updates = _cutover.Store.Updates;

        var reply = await _cutover.Commands().CommandAsync(From(ApproverA, workspace: "T-other"), $"abort {runId}", None);

        Assert.Equal("This Cutover takes requests only from Slack workspace T1; this one came from workspace T-other.", reply?.Text);
        Assert.Equal((updates, RunState.InProgress), (_cutover.Store.Updates, (await _cutover.RunAsync(runId)).State));
        Assert.Empty(_cutover.Audit.Of(RunAccess.CommandRefused));
    }

    [Fact]
    public async Task Command_FromAnotherTeamsTenant_RefusedAndNothingIsPlanned()
    {
        var user = new ChatUser(ChatChannel.Teams, "0b3e-4c5f");
        var request = new ChatRequest(new ConversationReference(ChatChannel.Teams, "19:abc@thread.tacv2", null, "https://smba.example", "tenant-x"), user);

        var reply = await _cutover.Commands(new ChatHomes(TeamsTenant: "tenant-home")).CommandAsync(request, "plan demo-app to demo-space", None);

        Assert.Equal("This Cutover takes requests only from Teams tenant tenant-home; this one came from tenant tenant-x.", reply?.Text);
        Assert.Empty(await _cutover.Store.ListActiveAsync(None));
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Theory]
    [InlineData("not a run number", "approve x preflight", "`x` is not a run number; runs are numbered (see `list`).")]
    [InlineData("misspelt verb", "aprove 1 preflight", "Unknown command `aprove` (did you mean `approve`?). Commands: ")]
    [InlineData("not a step", "retry 1 deploi", "`deploi` is not a runbook step. Steps: 0 preflight")]
    public async Task Command_TextThatDoesNotParse_RefusedWithTheParsersReason(string why, string text, string reason)
    {
        var runId = await _cutover.OpenRunAsync();
        var updates = _cutover.Store.Updates;

        var reply = await _cutover.Commands().CommandAsync(From(ApproverA), text, None);

        Assert.NotNull(reply);
        Assert.Equal("Nothing was changed", reply.Title);
        Assert.True(reply.Text?.StartsWith(reason, StringComparison.Ordinal) == true, $"{why}: {reply.Text}");
        Assert.Equal(updates, _cutover.Store.Updates);
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Command_Parsed_GoesToTheHandlerOfItsTypeOnly()
    {
        var list = new Recording<ListCommand>();
        var help = new Recording<HelpCommand>();
        var commands = new ChatCommands([list, help], _cutover.Decisions, _cutover.Runs, new ChatHomes(), _cutover.Clock);

        var request = From(Outsider);

        var reply = await commands.CommandAsync(request, "list", None);

        Assert.Same(list.Reply, reply);
        Assert.Equal((1, 0), (list.Handled.Count, help.Handled.Count));
        Assert.Same(request, list.Handled[0].Request);
    }

    [Fact]
    public async Task Command_WithoutAHandler_RepliesWithHelp()
    {
        var commands = new ChatCommands([], _cutover.Decisions, _cutover.Runs, new ChatHomes(), _cutover.Clock);

        var reply = await commands.CommandAsync(From(Outsider), "list", None);

        Assert.Equal(RunMessages.Help().Text, reply?.Text);
    }

    [Fact]
    public void New_TwoHandlersForOneCommand_ThrowsNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new ChatCommands([new ListHandler(_cutover.Store), new Recording<ListCommand>()], _cutover.Decisions, _cutover.Runs, new ChatHomes(), _cutover.Clock));

        Assert.Equal("ListCommand has two handlers, ListHandler and Recording`1; register one.", error.Message);
    }

    [Fact]
    public void Handled_EveryCommandOfTheGrammar_HasAHandler()
    {
        var grammar = typeof(Command).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Command)) && !t.IsAbstract).OrderBy(t => t.Name);

        Assert.Equal(grammar, _cutover.Commands().Handled.OrderBy(t => t.Name));
    }

    [Fact]
    public async Task Click_FromAnotherWorkspace_RefusedAndAudited()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Commands().ClickAsync(From(ApproverA, workspace: "T-other"), new StepActionPayload(runId, StepIds.Preflight, 1), Verdict.Approve, null, None);

        var foreign = "This Cutover takes requests only from Slack workspace T1; this one came from workspace T-other.";
        Assert.Equal(foreign, reply?.Text);
        var audited = Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused));
        Assert.Equal(("slack:U-a", $"approve preflight: {foreign}"), (audited.Actor, audited.Detail));
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Click_FromAnotherWorkspaceOnNoRun_RefusedWithNothingAudited()
    {
        var reply = await _cutover.Commands().ClickAsync(From(ApproverA, workspace: "T-other"), new StepActionPayload(5, StepIds.Preflight, 1), Verdict.Reject, "no", None);

        Assert.StartsWith("This Cutover takes requests only from Slack workspace T1", reply?.Text, StringComparison.Ordinal);
        Assert.Empty(_cutover.Audit.Events);
    }

    [Fact]
    public async Task Click_FromHome_DecidesTheVersionOnTheButton()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Commands().ClickAsync(From(ApproverA), new StepActionPayload(runId, StepIds.Preflight, 1), Verdict.Approve, null, None);

        Assert.Null(reply);
        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    /// <summary>Every command that names a run, with what its audited refusal calls it.</summary>
    public static TheoryData<string, string> RunCommands => new()
    {
        { "approve 1 preflight", "approve preflight" },
        { "reject 1 preflight wrong space", "reject preflight" },
        { "retry 1 preflight", "retry preflight" },
        { "skip 1 maintenance-page", "skip maintenance-page" },
        { "rollback 1", "rollback" },
        { "abort 1 wrong app", "abort" },
        { "waive 1 served elsewhere", "waive" },
    };

    [Theory]
    [MemberData(nameof(RunCommands))]
    public async Task RunCommand_FromAnotherChannel_RefusedAuditedAndNothingChanges(string text, string what)
    {
        await _cutover.OpenRunAsync();
        var updates = _cutover.Store.Updates;

        var reply = await _cutover.Commands().CommandAsync(From(ApproverA, channel: "C-other"), text, None);

        var reason = "Run 1's thread is in another channel; approve, reject or change it there.";
        Assert.Equal(reason, reply?.Text);
        Assert.Equal($"{what}: {reason}", Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused)).Detail);
        Assert.Equal(updates, _cutover.Store.Updates);
    }

    [Theory]
    [MemberData(nameof(RunCommands))]
    public async Task RunCommand_FromAnotherPlatform_RefusedAndAudited(string text, string what)
    {
        await _cutover.OpenRunAsync();
        var teams = new ChatRequest(new ConversationReference(ChatChannel.Teams, Channel, RunThread), new ChatUser(ChatChannel.Teams, "0b3e-4c5f"));

        var reply = await _cutover.Commands().CommandAsync(teams, text, None);

        var reason = "Run 1 is run from Slack, not from here; approve, reject or change it in its thread there.";
        Assert.Equal(reason, reply?.Text);
        var audited = Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused));
        Assert.Equal(("teams:0b3e-4c5f", $"{what}: {reason}"), (audited.Actor, audited.Detail));
    }

    [Theory]
    [MemberData(nameof(RunCommands))]
    public async Task RunCommand_NoSuchRun_RefusedPointingToList(string text, string what)
    {
        var reply = await _cutover.Commands().CommandAsync(From(ApproverA), text, None);

        Assert.Equal("There is no run 1; see `list`.", reply?.Text);
        Assert.True(_cutover.Audit.Events.Count == 0, what);
    }

    /// <summary>A handler that records what it was given and replies with one message of its own.</summary>
    private sealed class Recording<TCommand> : CommandHandler<TCommand>
        where TCommand : Command
    {
        public ChatMessage Reply { get; } = ChatMessage.Plain(typeof(TCommand).Name, MessageStatus.Info);

        public List<(ChatRequest Request, TCommand Command)> Handled { get; } = [];

        public override Task<ChatMessage?> HandleAsync(ChatRequest request, TCommand command, CancellationToken cancellationToken)
        {
            Handled.Add((request, command));
            return Task.FromResult<ChatMessage?>(Reply);
        }
    }
}
