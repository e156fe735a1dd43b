using FsCheck;

namespace Cutover.Tests.Chat.Slack;

/// <summary>
/// Generates <see cref="ChatMessage"/>s the way Cutover could build them, and worse: user text full of Slack's
/// control characters, line breaks, emoji (surrogate pairs) and markup; fields and texts from empty to far beyond
/// a section; real and bogus mentions; up to 30 buttons with confirm dialogs.
/// </summary>
public static class ChatMessageArbitrary
{
    private static readonly string[] Pieces =
        ["a", "Z", "7", " ", "-", "·", "→", "<", ">", "&", "&amp;", "\n", "*", "_", "~", "`", "<@U0X>", "<!channel>", "😀", "é", "|", ":"];

    private static readonly Gen<string> Short = TextOf(0, 40);

    private static readonly Gen<string> Any = Gen.Frequency(
        (6, TextOf(0, 60)),
        (3, TextOf(60, 600)),
        (1, TextOf(2_000, 7_000)));

    private static readonly Gen<string> NonBlank = TextOf(1, 100).Where(t => !string.IsNullOrWhiteSpace(t));

    private static readonly Gen<string> Mention = Gen.OneOf(
        Gen.Elements("U0ALICE", "W0BOB", "U12345678"),
        Short);

    private static readonly Gen<StepActionPayload> Payload =
        from run in Gen.Choose(1, int.MaxValue)
        from step in Many(Gen.Elements("a", "b", "c", "-", "é"), Gen.Choose(1, 50)).Select(s => string.Concat(s))
        from version in Gen.Choose(1, 1000)
        select new StepActionPayload(run, step, version);

    private static readonly Gen<ConfirmPrompt?> Confirm = Gen.Frequency(
        (3, Gen.Constant<ConfirmPrompt?>(null)),
        (1, from title in NonBlank
            from text in NonBlank
            from yes in NonBlank
            from no in NonBlank
            select (ConfirmPrompt?)new ConfirmPrompt(title, text, yes, no)));

    /// <summary>Mostly distinct action ids, sometimes the approve/reject constants again (a new row each time).</summary>
    private static readonly Gen<MessageAction> Action =
        from id in Gen.Frequency(
            (4, Gen.Choose(1, 1_000_000).Select(n => $"runbook.action-{n}")),
            (1, Gen.Elements(ActionIds.ApproveStep, ActionIds.RejectStep)))
        from label in NonBlank
        from style in Gen.Elements(ActionStyle.Default, ActionStyle.Primary, ActionStyle.Danger)
        from payload in Payload
        from confirm in Confirm
        select new MessageAction(id, label, style, payload, confirm);

    public static Gen<ChatMessage> Message { get; } =
        from title in Any
        from status in Gen.Elements(Enum.GetValues<MessageStatus>())
        from fields in Many(
            from label in Gen.Frequency((5, Short), (1, Any))
            from value in Any
            select new MessageField(label, value),
            Gen.Choose(0, 70))
        from actions in Many(Action, Gen.Frequency((4, Gen.Choose(0, 2)), (1, Gen.Choose(3, 30))))
        from text in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Any.Select(t => (string?)t)))
        from mentions in Many(Mention, Gen.Choose(0, 6))
        select new ChatMessage(title, status, fields, actions, text) { Mentions = mentions };

    public static Arbitrary<ChatMessage> Messages() => Arb.From(Message);

    private static Gen<string> TextOf(int min, int max) =>
        Many(Gen.Elements(Pieces), Gen.Choose(min, max)).Select(p => string.Concat(p));

    private static Gen<T[]> Many<T>(Gen<T> item, Gen<int> count) =>
        from n in count
        from items in item.ArrayOf(n)
        select items;
}
