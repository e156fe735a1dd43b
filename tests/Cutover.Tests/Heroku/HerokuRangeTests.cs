namespace Cutover.Tests.Heroku;

public class HerokuRangeTests
{
    [Fact]
    public void Newest_Version_IsTheCliReleasesRange() =>
        Assert.Equal("version ..; max=1, order=desc", HerokuRange.Newest("version").ToString());

    [Theory]
    [InlineData("open", "id ..", "id", null, null, null, false)]
    [InlineData("page size (CLI big lists, trailing semicolon)", "id ..; max=1000;", "id", null, null, 1000, false)]
    [InlineData("CLI releases", "version ..; max=5, order=desc", "version", null, null, 5, true)]
    [InlineData("heroku-go spacing", "name a..z; max=10,order=desc", "name", "a", "z", 10, true)]
    [InlineData("Next-Range with exclusive start", "id ]01234567-89ab-cdef-0123-456789abcdef..; max=200", "id", "]01234567-89ab-cdef-0123-456789abcdef", null, 200, false)]
    [InlineData("ascending order spelled out", "updated_at 2026-01-01..; order=asc", "updated_at", "2026-01-01", null, null, false)]
    public void TryParse_Valid_ReadsEveryPart(string row, string value, string field, string? first, string? last, int? max, bool descending)
    {
        Assert.True(HerokuRange.TryParse(value, out var range), $"{row}: should parse");
        Assert.Equal(new HerokuRange(field, first, last, max, descending), range);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("blank", "   ")]
    [InlineData("no field", "..; max=10")]
    [InlineData("no dots", "id")]
    [InlineData("max not a number", "id ..; max=lots")]
    [InlineData("max zero", "id ..; max=0")]
    [InlineData("parameter without value", "id ..; max")]
    public void TryParse_Malformed_ReturnsFalse(string row, string? value) =>
        Assert.False(HerokuRange.TryParse(value, out _), $"{row}: should not parse");

    [Theory]
    [InlineData("id ..")]
    [InlineData("id ..; max=1000")]
    [InlineData("version ..; max=1, order=desc")]
    [InlineData("id ]abc..; max=200")]
    public void ToString_ParsedValue_RoundTrips(string value)
    {
        Assert.True(HerokuRange.TryParse(value, out var range));
        Assert.Equal(value, range.ToString());
    }

    [Fact]
    public void NextRange_HeaderPresent_ReturnsItVerbatim()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.PartialContent);
        response.Headers.TryAddWithoutValidation("Next-Range", "id ]b4a1..; max=200");

        Assert.Equal("id ]b4a1..; max=200", HerokuRange.NextRange(response.Headers));
    }

    [Fact]
    public void NextRange_HeaderAbsent_ReturnsNull()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK);

        Assert.Null(HerokuRange.NextRange(response.Headers));
    }
}
