using Polly;
using Polly.Timeout;

namespace Cutover.Tests.Heroku;

public class HerokuRetryPolicyTests
{
    [Theory]
    [InlineData("GET 503", "GET", 503, true)]
    [InlineData("GET 500", "GET", 500, true)]
    [InlineData("GET 408", "GET", 408, true)]
    [InlineData("GET 429", "GET", 429, true)]
    [InlineData("GET 404 is an answer", "GET", 404, false)]
    [InlineData("GET 200", "GET", 200, false)]
    [InlineData("PUT 502 (unfollow, buildpacks)", "PUT", 502, true)]
    [InlineData("DELETE 503", "DELETE", 503, true)]
    [InlineData("POST 503 may have been applied", "POST", 503, false)]
    [InlineData("PATCH 500 may have been applied", "PATCH", 500, false)]
    [InlineData("POST 429 was not processed", "POST", 429, true)]
    [InlineData("PATCH 429 was not processed", "PATCH", 429, true)]
    [InlineData("POST 422", "POST", 422, false)]
    public void ShouldRetry_Answer_RetriesOnlyWhatCannotApplyTwice(string row, string method, int status, bool expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        var retry = HerokuRetryPolicy.ShouldRetry(Outcome.FromResult(response), new HttpMethod(method), CancellationToken.None);

        Assert.True(expected == retry, $"{row}: expected retry={expected}");
    }

    [Theory]
    [InlineData("GET connection failure", "GET", "connection", true)]
    [InlineData("GET attempt timeout", "GET", "timeout", true)]
    [InlineData("DELETE attempt timeout", "DELETE", "timeout", true)]
    [InlineData("POST connection failure", "POST", "connection", false)]
    [InlineData("POST attempt timeout", "POST", "timeout", false)]
    [InlineData("PATCH attempt timeout", "PATCH", "timeout", false)]
    [InlineData("GET programming error", "GET", "other", false)]
    public void ShouldRetry_Exception_RetriesOnlyIdempotentTransientFailures(string row, string method, string kind, bool expected)
    {
        Exception exception = kind switch
        {
            "connection" => new HttpRequestException("connection reset"),
            "timeout" => new TimeoutRejectedException(),
            _ => new InvalidOperationException(),
        };

        var retry = HerokuRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(exception), new HttpMethod(method), CancellationToken.None);

        Assert.True(expected == retry, $"{row}: expected retry={expected}");
    }

    [Fact]
    public void ShouldRetry_CallerCancelled_DoesNotRetry()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var retry = HerokuRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), HttpMethod.Get, cancelled.Token);

        Assert.False(retry);
    }

    [Fact]
    public void ShouldRetry_UnknownMethod_TreatedAsUnsafe()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.False(HerokuRetryPolicy.ShouldRetry(Outcome.FromResult(response), method: null, CancellationToken.None));
    }
}
