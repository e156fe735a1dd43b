namespace Cutover.Tests.Chat.Teams;

public class AdaptiveCardInvokeResponseTests
{
    [Fact]
    public void Card_RefreshedCard_IsTheUniversalActionsEnvelope()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        var response = AdaptiveCardInvokeResponse.Card(card);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5"}}""",
            response.Body.ToJsonString());
        Assert.Null(card.Parent);
    }

    [Fact]
    public void Message_Text_IsAnActivityMessageEnvelope()
    {
        var response = AdaptiveCardInvokeResponse.Message("Step 3 has moved on to version 2; use the newest card.");

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Step 3 has moved on to version 2; use the newest card."}""",
            response.Body.ToJsonString());
    }

    [Fact]
    public void Error_RejectedInvoke_Is400WithCodeAndMessage()
    {
        var activity = new TeamsActivity { Type = "invoke" };

        var response = AdaptiveCardInvokeResponse.Error(new TeamsRejectedInvoke(activity, null, TeamsRejectedInvoke.NotSupported, "Only Action.Execute is supported."));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("""{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"NotSupported","message":"Only Action.Execute is supported."}}""",
            response.Body.ToJsonString());
    }

    [Fact]
    public void Error_SuccessStatus_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AdaptiveCardInvokeResponse.Error(200, "x", "y"));
    }
}
