using System.Collections.Concurrent;
using Cutover.Steps.Rollback;

namespace Cutover.IntegrationTests.Conversations;

/// <summary>
/// The announcer against the real store and posts ledger on SQLite: each thing is posted once however often it is
/// called, decided requests are updated, and a post that fails is retried by the next call.
/// </summary>
public sealed class RunAnnouncerTests : IAsyncLifetime
{
    private static readonly ApprovalPolicy Policy = new() { Users = ApproverList.Users("slack:U-a slack:U-b").Value! };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Thread _thread = new();
    private TestDatabase _database = null!;
    private EfRunStore _store = null!;
    private RunAnnouncer _announcer = null!;
    private long _runId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _store = new EfRunStore(_database.Contexts);
        _announcer = new RunAnnouncer(_store, new EfRunPosts(_database.Contexts), _thread, Policy, [new RollbackBriefing()], _clock);
        var run = Run.Plan("demo-app", "demo-space", null, "U-req", new ConversationReference(ChatChannel.Slack, "C1"), _clock.GetUtcNow());
        _runId = (await _store.CreateAsync(run, CancellationToken.None)).Value!.Id;
        await _store.UpdateAsync(_runId, r => r.AttachThread("1700000000.0001"), CancellationToken.None);
        await _store.UpdateAsync(_runId, r => r.RequestApproval("preflight", Actor.System, _clock.GetUtcNow()), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _database.Delete();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Announce_Twice_PostsTheApprovalRequestOnce()
    {
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);

        var post = Assert.Single(_thread.Posts);
        Assert.Equal("Run step 0: Preflight and plan?", post.Message.Title);
        Assert.Equal("1700000000.0001", post.Conversation.ThreadId);
        Assert.Equal(["U-a", "U-b"], post.Message.Mentions);
    }

    [Fact]
    public async Task Announce_AfterApprovalAndOutcome_UpdatesTheRequestAndPostsTheOutcomeAndTheNextRequest()
    {
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await Change(r => r.Approve("preflight", 1, new Actor("U-a", true), Policy, _clock.GetUtcNow()));
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await Change(r => r.Start("preflight", Policy, _clock.GetUtcNow()));
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await Change(r => r.Succeed("preflight", "plan holds", _clock.GetUtcNow()));
        await Change(r => { r.PutNextStepUp(_clock.GetUtcNow()); return Core.Results.Result<Core.Results.Done>.Ok(Core.Results.Done.Value); });
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);

        Assert.Equal(
            ["Run step 0: Preflight and plan?", "▶ Step 0: Preflight and plan is running", "✓ Step 0: Preflight and plan succeeded",
             "Run step 1: Maintenance page?"],
            _thread.Posts.Select(p => p.Message.Title));
        Assert.Equal(["Step 0: Preflight and plan — approved"], _thread.Updates.Select(u => u.Message.Title));
        Assert.All(_thread.Updates, u => Assert.Equal(_thread.Posts[0].Id, u.Id));
        Assert.Contains("plan holds", _thread.Posts[2].Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Announce_ChatDown_ReportsTheFailureAndPostsOnTheNextCall()
    {
        _thread.FailNext = 1;

        var failures = await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);

        Assert.Contains("approval:preflight:v1", Assert.Single(failures), StringComparison.Ordinal);
        Assert.Single(_thread.Posts);
    }

    [Fact]
    public async Task Announce_ReissuedVersion_RetiresTheOldRequestAndPostsTheNewOne()
    {
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        await Change(r => r.Approve("preflight", 1, new Actor("U-a", true), Policy, _clock.GetUtcNow()));
        _clock.Advance(Policy.Expiry + TimeSpan.FromMinutes(1));
        await Change(r => r.ExpireApprovals("preflight", 1, Policy, _clock.GetUtcNow()));
        await _announcer.AnnounceAsync(_runId, CancellationToken.None);

        Assert.Equal(["Run step 0: Preflight and plan?", "Run step 0: Preflight and plan?"], _thread.Posts.Select(p => p.Message.Title));
        Assert.Contains(_thread.Updates, u => u.Id == _thread.Posts[0].Id && u.Message.Title.EndsWith("v1 superseded", StringComparison.Ordinal));
        Assert.Equal("2", _thread.Posts[1].Message.Fields.Single(f => f.Label == "Version").Value);
    }

    [Fact]
    public async Task Announce_ReissuedWhileItsRequestWasBeingPosted_RetiresThatRequestOnceItsIdIsKnown()
    {
        // While chat takes v1, its approval lapses and v2 is announced elsewhere: v1 is claimed then, with no id to update.
        _thread.WhilePosting = async () =>
        {
            await Change(r => r.Approve("preflight", 1, new Actor("U-a", true), Policy, _clock.GetUtcNow()));
            _clock.Advance(Policy.Expiry + TimeSpan.FromMinutes(1));
            await Change(r => r.ExpireApprovals("preflight", 1, Policy, _clock.GetUtcNow()));
            await _announcer.AnnounceAsync(_runId, CancellationToken.None);
        };

        await _announcer.AnnounceAsync(_runId, CancellationToken.None);

        var v1 = _thread.Posts.Single(p => p.Message.Fields.Any(f => f is { Label: "Version", Value: "1" }));
        Assert.Contains(_thread.Updates, u => u.Id == v1.Id && u.Message.Title.EndsWith("v1 superseded", StringComparison.Ordinal));
        Assert.Equal(2, _thread.Posts.Count);
    }

    [Fact]
    public async Task Reminders_OncePerIntervalWaited_NeverTwiceForTheSameInterval()
    {
        var remind = new RemindPendingApprovals(_store, new EfRunPosts(_database.Contexts), _thread, Policy, TimeSpan.FromHours(1), _clock);

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(0, await remind.RunAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(35));
        Assert.Equal(1, await remind.RunAsync(CancellationToken.None));
        Assert.Equal(0, await remind.RunAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await remind.RunAsync(CancellationToken.None));

        Assert.Equal(["⏰ Step 0: Preflight and plan has waited 1 h for approval", "⏰ Step 0: Preflight and plan has waited 2 h for approval"],
            _thread.Posts.Select(p => p.Message.Title));
        Assert.All(_thread.Posts, p => Assert.Equal(["U-a", "U-b"], p.Message.Mentions));
    }

    private async Task Change<T>(Func<Run, Core.Results.Result<T>> change)
    {
        var result = await _store.UpdateAsync(_runId, change, CancellationToken.None);
        Assert.False(result.IsRefused, result.Refusal?.Reason);
    }

    /// <summary>A chat thread in memory: what was posted and updated, in order; can fail the next posts.</summary>
    private sealed class Thread : IChatNotifier
    {
        private readonly ConcurrentQueue<(string Id, ConversationReference Conversation, ChatMessage Message)> _posts = new();
        private readonly ConcurrentQueue<(string Id, ChatMessage Message)> _updates = new();
        private int _next;

        public int FailNext { get; set; }

        /// <summary>Runs while a message is being posted, before it has an id (what happens meanwhile elsewhere).</summary>
        public Func<Task>? WhilePosting { get; set; }

        public IReadOnlyList<(string Id, ConversationReference Conversation, ChatMessage Message)> Posts => [.. _posts];

        public IReadOnlyList<(string Id, ChatMessage Message)> Updates => [.. _updates];

        public async Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new HttpRequestException("chat is down");
            }

            if (WhilePosting is { } meanwhile)
            {
                WhilePosting = null;
                await meanwhile();
            }

            var id = $"m{Interlocked.Increment(ref _next)}";
            _posts.Enqueue((id, conversation, message));
            return id;
        }

        public Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
        {
            _updates.Enqueue((messageId, message));
            return Task.CompletedTask;
        }
    }
}
