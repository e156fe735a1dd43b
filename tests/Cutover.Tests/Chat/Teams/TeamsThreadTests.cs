namespace Cutover.Tests.Chat.Teams;

public class TeamsThreadTests
{
    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1767765488332", "19:abc@thread.tacv2", "1767765488332")]
    [InlineData("19:abc@thread.tacv2", "19:abc@thread.tacv2", null)]
    [InlineData("a:1AbCdEf", "a:1AbCdEf", null)]
    [InlineData("19:abc@thread.tacv2;messageid=", "19:abc@thread.tacv2", null)]
    public void Split_ConversationId_GivesChannelAndThreadRoot(string id, string conversation, string? root)
    {
        Assert.Equal((conversation, root), TeamsThread.Split(id));
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2", true)]
    [InlineData("19:abc@thread.skype", true)]
    [InlineData("19:abc@thread.tacv2;messageid=1", true)]
    [InlineData("19:meeting_abc@thread.v2", false)]
    [InlineData("a:1AbCdEf", false)]
    public void IsChannel_ById_OnlyChannelsHaveThreads(string id, bool channel)
    {
        Assert.Equal(channel, TeamsThread.IsChannel(id));
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2", "171", "19:abc@thread.tacv2;messageid=171")]
    [InlineData("19:abc@thread.tacv2;messageid=100", "171", "19:abc@thread.tacv2;messageid=171")]
    [InlineData("19:abc@thread.tacv2", null, "19:abc@thread.tacv2")]
    [InlineData("19:abc@thread.tacv2;messageid=100", null, "19:abc@thread.tacv2;messageid=100")]
    [InlineData("a:1AbCdEf", "171", "a:1AbCdEf")]
    [InlineData("19:group@thread.v2", "171", "19:group@thread.v2")]
    public void ConversationIdFor_Thread_AddsMessageIdInChannelsOnly(string conversation, string? thread, string expected)
    {
        Assert.Equal(expected, TeamsThread.ConversationIdFor(conversation, thread));
    }
}
