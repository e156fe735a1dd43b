using Cutover.Sandbox.Console;

namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The console's in-memory channel: threads, updates in place, and the live feed.</summary>
public sealed class ConsoleChannelTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly StepActionPayload Payload = new(7, "deploy", 2);

    private readonly FakeTimeProvider _clock = new(T0);

    [Fact]
    public async Task Notifier_PostIntoThreadThenUpdate_KeepsThreadAndBumpsRevision()
    {
        var channel = new ConsoleChannel(_clock);
        var notifier = new ConsoleChatNotifier(channel, new InMemoryPeopleDirectory());
        var root = await notifier.PostAsync(new ConversationReference(ChatChannel.Console, "migrations"), ChatMessage.Plain("Plan", MessageStatus.Info), default);
        var thread = new ConversationReference(ChatChannel.Console, "migrations", root);

        var request = await notifier.PostAsync(thread, Request(), default);
        var note = await notifier.PostAsync(thread, ChatMessage.Plain("▶ running", MessageStatus.Info), default);
        _clock.Advance(TimeSpan.FromMinutes(3));
        await notifier.UpdateAsync(thread, request, ChatMessage.Plain("Step 5 — approved", MessageStatus.Success), default);

        var messages = channel.Messages();
        Assert.Equal([root, request, note], messages.Select(m => m.Id));
        Assert.Null(messages[0].ThreadId);
        Assert.All(messages.Skip(1), m => Assert.Equal(root, m.ThreadId));
        var updated = channel.Find(request)!;
        Assert.Equal(2, updated.Revision);
        Assert.Equal("Step 5 — approved", updated.Title);
        Assert.Equal(T0, updated.PostedAt);
        Assert.Equal(T0.AddMinutes(3), updated.EditedAt);
        Assert.Empty(updated.Actions);
        Assert.Equal(7, updated.RunId);
        Assert.Equal(7, channel.Find(note)!.RunId);
    }

    [Fact]
    public void Post_ButtonsAndConfirm_CarryTheStepPayloadAsSlackWould()
    {
        var channel = new ConsoleChannel(_clock);

        var id = channel.Post("migrations", null, Request());

        var action = channel.Find(id)!.Actions[0];
        Assert.Equal(ActionIds.ApproveStep, action.ActionId);
        Assert.Equal("primary", action.Style);
        Assert.Equal(Payload, StepActionPayload.TryParse(action.Payload));
        Assert.Equal("Data cutover?", action.Confirm?.Title);
        Assert.Equal("danger", channel.Find(id)!.Actions[1].Style);
        Assert.Equal(["alice", "bob"], channel.Find(id)!.Mentions);
        Assert.Equal("pending", channel.Find(id)!.Status);
    }

    [Fact]
    public void Post_IntoUnknownThreadOrAReply_Refuses()
    {
        var channel = new ConsoleChannel(_clock);
        var root = channel.Post("migrations", null, ChatMessage.Plain("Plan", MessageStatus.Info));
        var reply = channel.Post("migrations", root, ChatMessage.Plain("Reply", MessageStatus.Info));

        Assert.Throws<InvalidOperationException>(() => channel.Post("migrations", "m404", ChatMessage.Plain("x", MessageStatus.Info)));
        Assert.Throws<InvalidOperationException>(() => channel.Post("migrations", reply, ChatMessage.Plain("x", MessageStatus.Info)));
        Assert.Throws<InvalidOperationException>(() => channel.Update("m404", ChatMessage.Plain("x", MessageStatus.Info)));
    }

    [Fact]
    public void Update_WhatAUserTyped_Refuses()
    {
        var channel = new ConsoleChannel(_clock);
        var typed = channel.PostTyped("migrations", null, "dana", "/cutover help");

        Assert.Throws<InvalidOperationException>(() => channel.Update(typed, ChatMessage.Plain("x", MessageStatus.Info)));
        Assert.Equal("user", channel.Find(typed)!.Kind);
    }

    [Fact]
    public async Task Subscribe_ThenChanges_GetsSnapshotThenEveryEventInOrder()
    {
        var channel = new ConsoleChannel(_clock);
        var first = channel.Post("migrations", null, ChatMessage.Plain("Before", MessageStatus.Info));
        using var subscription = channel.Subscribe();

        var second = channel.Post("migrations", first, ChatMessage.Plain("After", MessageStatus.Info));
        channel.Update(first, ChatMessage.Plain("Before, edited", MessageStatus.Info));
        channel.Publish(ConsoleEvent.Time, new { rate = 10 });

        Assert.Equal([first], subscription.Snapshot.Select(m => m.Id));
        var events = new List<ConsoleEvent>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (events.Count < 3)
            events.Add(await subscription.Events.ReadAsync(timeout.Token));
        Assert.Equal([ConsoleEvent.Message, ConsoleEvent.Update, ConsoleEvent.Time], events.Select(e => e.Kind));
        Assert.Equal(second, ((ConsoleMessageView)events[0].Data).Id);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.True(events[0].Sequence > subscription.Sequence);
    }

    [Fact]
    public void Subscription_Disposed_StopsListening()
    {
        var channel = new ConsoleChannel(_clock);
        var subscription = channel.Subscribe();
        Assert.Equal(1, channel.Listeners);

        subscription.Dispose();

        Assert.Equal(0, channel.Listeners);
    }

    [Fact]
    public void Post_BeyondCapacity_DropsTheOldest()
    {
        var channel = new ConsoleChannel(_clock);
        var ids = Enumerable.Range(0, ConsoleChannel.Capacity + 2)
            .Select(i => channel.Post("migrations", null, ChatMessage.Plain($"#{i}", MessageStatus.Info)))
            .ToList();

        var kept = channel.Messages();
        Assert.Equal(ConsoleChannel.Capacity, kept.Count);
        Assert.Equal(ids[2], kept[0].Id);
        Assert.Null(channel.Find(ids[0]));
        Assert.Equal("#2", channel.Find(ids[2])!.Title);
        channel.Update(ids[^1], ChatMessage.Plain("last, edited", MessageStatus.Info));
        Assert.Equal("last, edited", channel.Find(ids[^1])!.Title);
    }

    private static ChatMessage Request() =>
        new("Run step 5: Deploy current slug?", MessageStatus.Pending,
            [new MessageField("Run", "7 (demo-app → demo-space)")],
            [
                new MessageAction(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, Payload,
                    new ConfirmPrompt("Data cutover?", "This step is destructive.", "Approve", "Cancel")),
                new MessageAction(ActionIds.RejectStep, "Reject", ActionStyle.Danger, Payload),
            ])
        {
            Mentions = ["alice", "bob"],
        };
}
