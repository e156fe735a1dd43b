using System.Web;
using Cutover.Infrastructure.Audit;

namespace Cutover.Tests.Audit;

public class SignedAuditLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    private static AuditLinkOptions Settings(string? baseUrl = "https://cutover.example.com/", string? secret = "0123456789abcdef0123456789abcdef") =>
        new() { BaseUrl = baseUrl is null ? null : new Uri(baseUrl), Secret = secret };

    [Fact]
    public void Offer_Enabled_SignedCsvAndJsonLinksUnderTheBaseUrlValidForTheLifetime()
    {
        var links = new SignedAuditLinks(Settings(), _clock);

        var offer = links.Offer(7)!;

        Assert.Equal(Now.AddHours(1), offer.Expires);
        Assert.StartsWith("https://cutover.example.com/audit/7.csv?expires=", offer.Csv.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("https://cutover.example.com/audit/7.json?expires=", offer.Json.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(offer.Csv.Query);
        Assert.Matches("^[0-9a-f]{64}$", query["sig"]!);
        Assert.Null(links.Refusal(7, "csv", long.Parse(query["expires"]!, CultureInfo.InvariantCulture), query["sig"]));
    }

    [Fact]
    public void Refusal_AnyPartChangedOrExpired_SaysWhy()
    {
        var links = new SignedAuditLinks(Settings(), _clock);
        var query = HttpUtility.ParseQueryString(links.Offer(7)!.Csv.Query);
        var expires = long.Parse(query["expires"]!, CultureInfo.InvariantCulture);
        var sig = query["sig"]!;

        Assert.Contains("not one Cutover made", links.Refusal(8, "csv", expires, sig), StringComparison.Ordinal);
        Assert.Contains("not one Cutover made", links.Refusal(7, "json", expires, sig), StringComparison.Ordinal);
        Assert.Contains("not one Cutover made", links.Refusal(7, "csv", expires + 3600, sig), StringComparison.Ordinal);
        Assert.Contains("not one Cutover made", links.Refusal(7, "csv", expires, null), StringComparison.Ordinal);
        Assert.Contains("not one Cutover made", new SignedAuditLinks(Settings(secret: new string('k', 32)), _clock).Refusal(7, "csv", expires, sig), StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Contains("expired", links.Refusal(7, "csv", expires, sig), StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_NotConfigured_OffersNothingAndRefusesEveryLink()
    {
        var links = new SignedAuditLinks(Settings(baseUrl: null, secret: null), _clock);

        Assert.Null(links.Offer(7));
        Assert.Equal("Audit downloads are not enabled here.", links.Refusal(7, "csv", Now.ToUnixTimeSeconds(), "00"));
    }

    [Theory]
    [InlineData("https://cutover.example.com", "0123456789abcdef0123456789abcdef", null)]
    [InlineData(null, null, null)]
    [InlineData("http://127.0.0.1:5000", "0123456789abcdef0123456789abcdef", null)]
    [InlineData("http://cutover.example.com", "0123456789abcdef0123456789abcdef", "must be an absolute https URL")]
    [InlineData("https://cutover.example.com", null, "CUTOVER_LINK_SECRET is not")]
    [InlineData("https://cutover.example.com", "short", "at least 32 characters")]
    [InlineData(null, "0123456789abcdef0123456789abcdef", "CUTOVER_BASE_URL is not")]
    public void Validate_Settings_AcceptedOrNamedWithoutTheSecret(string? baseUrl, string? secret, string? failure)
    {
        var result = new AuditLinkOptionsValidation().Validate(null, Settings(baseUrl, secret));

        if (failure is null)
        {
            Assert.True(result.Succeeded, result.FailureMessage);
            return;
        }

        Assert.Contains(failure, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789abcdef", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Csv_QuotesWhatNeedsItAndDisarmsFormulas()
    {
        AuditEvent[] events =
        [
            new("slack:U0ALICE01", "step.approval-recorded", Now, "preflight", 1, "AwaitingApproval", "Approved"),
            new("teams:8d3c", "run.command-refused", Now.AddSeconds(1.5), detail: "=HYPERLINK(\"x\"), and a\nsecond line"),
        ];

        var csv = AuditExport.Csv(events);
        var json = JsonNode.Parse(AuditExport.Json(events))!.AsArray();

        Assert.Equal(
            "at,actor,action,step,version,before,after,detail\r\n"
            + "2026-12-04T09:00:00.000Z,slack:U0ALICE01,step.approval-recorded,preflight,1,AwaitingApproval,Approved,\r\n"
            + "2026-12-04T09:00:01.500Z,teams:8d3c,run.command-refused,,,,,\"'=HYPERLINK(\"\"x\"\"), and a\nsecond line\"\r\n",
            csv);
        Assert.Equal(("preflight", "1", (string?)null), ((string?)json[0]!["step"], (string?)json[0]!["version"], (string?)json[0]!["detail"]));
        Assert.Equal("=HYPERLINK(\"x\"), and a\nsecond line", (string?)json[1]!["detail"]);
    }
}
