namespace Cutover.Tests.Chat.Teams;

public class CardTextTests
{
    [Theory]
    [InlineData("demo-app → demo-space", "demo-app → demo-space")]
    [InlineData("DOTNET_gcServer, FEATURE_CHECKOUT_V2", "DOTNET_gcServer, FEATURE_CHECKOUT_V2")]
    [InlineData("**bold** a*b*c", "∗∗bold∗∗ a∗b∗c")]
    [InlineData("_italic_ (_x_)", "\u200B_italic_\u200B (\u200B_x_\u200B)")]
    [InlineData("[x](https://evil) [y]", "[x]\u200B(https://evil) [y]")]
    [InlineData(@"C:\path \<app>", "C:\\path \\<\u200Bapp>")]
    [InlineData("- item\n+ item\n# head\n> quote", "\u200B- item\n\u200B+ item\n\u200B# head\n\u200B> quote")]
    [InlineData("1. first\n 22) second", "1\u200B. first\n 22\u200B) second")]
    [InlineData("v1.5 of 2. x", "v1.5 of 2. x")]
    [InlineData("a - b", "a - b")]
    [InlineData("{{TIME(2017-02-14T06:08:39Z)}}", "{\u200B{TIME(2017-02-14T06:08:39Z)}}")]
    [InlineData("<at>Bob</at>", "<\u200Bat>Bob<\u200B/at>")]
    [InlineData("`code` ~strike~", "`code` ~strike~")]
    [InlineData("• Dataclips on postgresql-curved-24817", "• Dataclips on postgresql-curved-24817")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Escape_Text_IsLiteralInACard(string? text, string escaped)
    {
        Assert.Equal(escaped, CardText.Escape(text));
    }
}
