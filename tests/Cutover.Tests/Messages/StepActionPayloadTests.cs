namespace Cutover.Tests.Messages;

public class StepActionPayloadTests
{
    [Fact]
    public void ToJson_Payload_IsTheSmallDocumentedShape() =>
        Assert.Equal("""{"run":12,"step":"deploy","v":3}""", new StepActionPayload(12, "deploy", 3).ToJson());

    [Theory]
    [InlineData(1L, "preflight", 1)]
    [InlineData(12L, "data-cutover", 7)]
    [InlineData(long.MaxValue, "decommission", int.MaxValue)]
    public void TryParse_OwnJson_RoundTrips(long run, string step, int version)
    {
        var payload = new StepActionPayload(run, step, version);

        Assert.Equal(payload, StepActionPayload.TryParse(payload.ToJson()));
    }

    [Fact]
    public void TryParse_UnknownExtraProperty_IsIgnored() =>
        Assert.Equal(new StepActionPayload(5, "deploy", 2),
            StepActionPayload.TryParse("""{"v":2,"step":"deploy","run":5,"extra":true}"""));

    [Theory]
    [InlineData("null text", null)]
    [InlineData("empty", "")]
    [InlineData("whitespace", "   ")]
    [InlineData("not json", "approve 12 deploy")]
    [InlineData("truncated", """{"run":12,"step":"deploy","v":""")]
    [InlineData("json null", "null")]
    [InlineData("json array", "[12,\"deploy\",3]")]
    [InlineData("json string", "\"deploy\"")]
    [InlineData("empty object", "{}")]
    [InlineData("zero run", """{"run":0,"step":"deploy","v":3}""")]
    [InlineData("negative run", """{"run":-4,"step":"deploy","v":3}""")]
    [InlineData("zero version", """{"run":12,"step":"deploy","v":0}""")]
    [InlineData("negative version", """{"run":12,"step":"deploy","v":-1}""")]
    [InlineData("missing version", """{"run":12,"step":"deploy"}""")]
    [InlineData("missing step", """{"run":12,"v":3}""")]
    [InlineData("null step", """{"run":12,"step":null,"v":3}""")]
    [InlineData("blank step", """{"run":12,"step":" ","v":3}""")]
    [InlineData("run as text", """{"run":"12","step":"deploy","v":3}""")]
    [InlineData("fractional version", """{"run":12,"step":"deploy","v":1.5}""")]
    [InlineData("version overflow", """{"run":12,"step":"deploy","v":99999999999}""")]
    [InlineData("step as number", """{"run":12,"step":5,"v":3}""")]
    [InlineData("property names in other case", """{"Run":12,"Step":"deploy","V":3}""")]
    public void TryParse_MalformedValue_ReturnsNull(string row, string? json) =>
        Assert.True(StepActionPayload.TryParse(json) is null, $"{row}: {json} should not parse");
}
