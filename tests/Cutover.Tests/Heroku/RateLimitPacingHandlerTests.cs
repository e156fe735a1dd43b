using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.Tests.Heroku;

public sealed class RateLimitPacingHandlerTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RateLimitBudget _budget = new();
    private readonly RecordingHandler _network = new();
    private readonly HttpMessageInvoker _client;

    public RateLimitPacingHandlerTests() =>
        _client = new HttpMessageInvoker(new RateLimitPacingHandler(_budget, new RateLimitPacer(), _clock, NullLogger<RateLimitPacingHandler>.Instance)
        {
            InnerHandler = _network,
        });

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Send_Response_RecordsRateLimitRemaining()
    {
        _network.Then(HttpStatusCode.OK, "{}", headers: ("RateLimit-Remaining", "4321"));

        await Send("/apps/demo");

        Assert.Equal(new RateLimitObservation(4321, _clock.GetUtcNow()), _budget.Last);
    }

    [Theory]
    [InlineData("plenty left", "2000", "/apps/demo", "{}")]
    [InlineData("rate-limit info while the bucket is empty", "0", "/account/rate-limits", "{\"remaining\":0}")]
    public async Task Send_NothingToWaitFor_IsNotDelayed(string row, string remaining, string path, string body)
    {
        _network.Then(HttpStatusCode.OK, "{}", headers: ("RateLimit-Remaining", remaining)).Then(HttpStatusCode.OK, body);
        await Send("/apps/demo");

        var second = Send(path);

        Assert.True(second.IsCompleted, row);
        await second;
    }

    [Fact]
    public async Task Send_BucketEmpty_WaitsTwiceTheRefillIntervalOnTheClock()
    {
        _network.Then(HttpStatusCode.TooManyRequests, "{}", headers: ("RateLimit-Remaining", "0")).Then(HttpStatusCode.OK, "{}");
        await Send("/apps/demo");

        var second = Send("/apps/demo");
        _clock.Advance(TimeSpan.FromMilliseconds(1500));
        var stillWaiting = !second.IsCompleted;
        _clock.Advance(TimeSpan.FromMilliseconds(100));
        await second;

        Assert.True(stillWaiting, "the second call should wait ~1.6 s");
        Assert.Equal(2, _network.Requests.Count);
    }

    [Fact]
    public async Task Send_NoHeader_KeepsThePreviousObservation()
    {
        _network.Then(HttpStatusCode.OK, "{}", headers: ("RateLimit-Remaining", "3000")).Then(HttpStatusCode.OK, "{}");
        await Send("/apps/demo");
        var first = _budget.Last;

        await Send("/apps/demo");

        Assert.Same(first, _budget.Last);
    }

    private async Task Send(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://api.heroku.test" + path));
        using var response = await _client.SendAsync(request, CancellationToken.None);
    }
}
