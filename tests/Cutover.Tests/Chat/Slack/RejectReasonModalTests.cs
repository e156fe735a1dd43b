namespace Cutover.Tests.Chat.Slack;

public class RejectReasonModalTests
{
    private static readonly StepActionPayload Payload = new(42, "data-cutover", 3);

    [Fact]
    public void Build_Modal_HasRequiredReasonInputAndKeepsViewLimits()
    {
        var view = RejectReasonModal.Build(Payload, "C0RUNS", "1700000001.000200");

        Assert.Equal(("modal", RejectReasonModal.CallbackId), (view.Type, view.CallbackId));
        Assert.All(new[] { view.Title, view.Submit, view.Close }, t => Assert.InRange(t.Text.Length, 1, BlockKitLimits.ViewTitle));
        var input = Assert.Single(view.Blocks.OfType<InputBlock>());
        Assert.Equal(RejectReasonModal.ReasonBlockId, input.BlockId);
        Assert.Equal(RejectReasonModal.ReasonActionId, input.Element.ActionId);
        Assert.Null(input.Optional);
        Assert.Equal((1, RejectReasonModal.MaxReasonLength), (input.Element.MinLength, input.Element.MaxLength));
        Assert.Contains("*data-cutover* of run 42 (version 3)", Assert.IsType<SectionBlock>(view.Blocks[0]).Text!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Serialized_IsTheViewSlackExpects()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(RejectReasonModal.Build(Payload, "C0RUNS", "1.2"), SlackJson.Options))!;

        Assert.Equal("modal", (string?)json["type"]);
        Assert.Equal("plain_text_input", (string?)json["blocks"]![1]!["element"]!["type"]);
        Assert.Equal("input", (string?)json["blocks"]![1]!["type"]);
        Assert.Equal("""{"payload":{"run":42,"step":"data-cutover","v":3},"channel":"C0RUNS","ts":"1.2"}""", (string?)json["private_metadata"]);
    }

    [Fact]
    public void TryParse_SubmissionAsSlackSendsIt_ReturnsPayloadMessageAndReason()
    {
        var submission = Submit(RejectReasonModal.Build(Payload, "C0RUNS", "1700000001.000200"), "  freeze week  ");

        Assert.True(RejectReasonModal.TryParse(submission, out var result, out var error), error);
        Assert.Equal(new RejectReasonSubmission(Payload, "C0RUNS", "1700000001.000200", "freeze week", "U0APPROVER", "V0MODAL"), result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void TryParse_BlankReason_FailsSoTheModalCanShowAnError(string reason)
    {
        var submission = Submit(RejectReasonModal.Build(Payload, "C0RUNS", "1.2"), reason);

        Assert.False(RejectReasonModal.TryParse(submission, out _, out var error));
        Assert.Equal("the reason is empty", error);
    }

    public static TheoryData<string, string, string> Foreign => new()
    {
        { "other modal", "settings.edit", """{"payload":{"run":1,"step":"x","v":1},"channel":"C1","ts":"1.2"}""" },
        { "not JSON", RejectReasonModal.CallbackId, "run=1" },
        { "no payload", RejectReasonModal.CallbackId, """{"channel":"C1","ts":"1.2"}""" },
        { "bad version", RejectReasonModal.CallbackId, """{"payload":{"run":1,"step":"x","v":0},"channel":"C1","ts":"1.2"}""" },
        { "no message", RejectReasonModal.CallbackId, """{"payload":{"run":1,"step":"x","v":1},"channel":"C1"}""" },
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public void TryParse_ForeignOrTamperedSubmission_Fails(string name, string callbackId, string metadata)
    {
        var submission = new SlackViewSubmission("T1", "U1", "V1", callbackId, metadata,
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [RejectReasonModal.ReasonBlockId] = new Dictionary<string, string> { [RejectReasonModal.ReasonActionId] = "why" },
            }, null);

        Assert.False(RejectReasonModal.TryParse(submission, out var result, out var error), name);
        Assert.Null(result);
        Assert.NotNull(error);
    }

    [Fact]
    public void ErrorResponse_KeepsTheModalOpenWithTheMessageUnderTheInput() =>
        Assert.Equal("""{"response_action":"errors","errors":{"runbook.reject-reason":"Please say why."}}""",
            RejectReasonModal.ErrorResponse("Please say why."));

    [Fact]
    public void Build_MetadataOverSlacksLimit_IsRefused() =>
        Assert.Throws<ArgumentException>(() => RejectReasonModal.Build(new StepActionPayload(1, new string('s', 3000), 1), "C1", "1.2"));

    /// <summary>The view_submission Slack sends when the user types <paramref name="reason"/> into <paramref name="view"/>.</summary>
    private static SlackViewSubmission Submit(SlackView view, string reason)
    {
        var sent = JsonNode.Parse(JsonSerializer.Serialize(view, SlackJson.Options))!.AsObject();
        sent["id"] = "V0MODAL";
        sent["state"] = new JsonObject
        {
            ["values"] = new JsonObject
            {
                [RejectReasonModal.ReasonBlockId] = new JsonObject
                {
                    [RejectReasonModal.ReasonActionId] = new JsonObject { ["type"] = "plain_text_input", ["value"] = reason },
                },
            },
        };
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["team"] = new JsonObject { ["id"] = "T1" },
            ["user"] = new JsonObject { ["id"] = "U0APPROVER" },
            ["trigger_id"] = "9.9.x",
            ["view"] = sent,
        };
        var result = SlackPayloadParser.ParseInteraction("payload=" + WebUtility.UrlEncode(payload.ToJsonString()));
        return Assert.IsType<SlackViewSubmission>(result.Request);
    }
}
