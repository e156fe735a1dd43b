using Cutover.Chat.Teams.Connector;
using Polly;
using Polly.Timeout;

namespace Cutover.Tests.Chat.Teams;

public class TeamsRetryPolicyTests
{
    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void ShouldRetry_Status_OnlyTheOnesTeamsDocuments(HttpStatusCode status, bool retry)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retry, TeamsRetryPolicy.ShouldRetry(Outcome.FromResult(response), HttpMethod.Post, default));
    }

    [Theory]
    [InlineData("PUT", true)]
    [InlineData("POST", false)]
    public void ShouldRetry_LostConnection_OnlyForTheIdempotentUpdate(string method, bool retry)
    {
        Assert.Equal(retry, TeamsRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset")), new HttpMethod(method), default));
        Assert.Equal(retry, TeamsRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), new HttpMethod(method), default));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/t", "https://smba.trafficmanager.net/amer/t/")]
    [InlineData("https://smba.trafficmanager.net/amer/t/", "https://smba.trafficmanager.net/amer/t/")]
    [InlineData("http://127.0.0.1:5123/amer/t/", "http://127.0.0.1:5123/amer/t/")]
    [InlineData("http://localhost:3978", "http://localhost:3978/")]
    public void ConnectorEndpoint_AllowedServiceUrl_BecomesABaseAddress(string serviceUrl, string baseAddress)
    {
        Assert.Equal(new Uri(baseAddress), ConnectorEndpoint.BaseAddress(serviceUrl));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/t/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/v3/conversations")]
    [InlineData("")]
    public void ConnectorEndpoint_ServiceUrlWeWouldNotSendATokenTo_IsRefused(string serviceUrl)
    {
        Assert.Throws<ArgumentException>(() => ConnectorEndpoint.BaseAddress(serviceUrl));
    }
}
