namespace Cutover.Tests.Chat.Teams;

public class CardTextTests
{
    [Theory]
    [InlineData("demo-app → demo-space", "demo-app → demo-space")]
    [InlineData("DOTNET_gcServer, FEATURE_CHECKOUT_V2", "DOTNET_gcServer, FEATURE_CHECKOUT_V2")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_italic_", @"\_italic\_")]
    [InlineData("[x](https://evil)", @"\[x\](https://evil)")]
    [InlineData(@"C:\path", @"C:\\path")]
    [InlineData("- item\n+ item\n# head\n> quote", "\\- item\n\\+ item\n\\# head\n\\> quote")]
    [InlineData("1. first\n 22) second", "1\\. first\n 22\\) second")]
    [InlineData("v1.5 of 2. x", "v1.5 of 2. x")]
    [InlineData("a - b", "a - b")]
    [InlineData("{{TIME(2017-02-14T06:08:39Z)}}", "{\u200B{TIME(2017-02-14T06:08:39Z)}}")]
    [InlineData("<at>Bob</at>", @"\<at>Bob\</at>")]
    [InlineData("`code` ~strike~", @"\`code\` \~strike\~")]
    [InlineData("• Dataclips on postgresql-curved-24817", "• Dataclips on postgresql-curved-24817")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_Text_IsLiteralInACard(string? text, string escaped)
    {
        Assert.Equal(escaped, CardText.Escape(text));
    }
}
