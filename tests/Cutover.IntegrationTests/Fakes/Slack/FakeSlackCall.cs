namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>One Web API call the fake answered: the method, the HTTP status, and Slack's error code when <c>ok</c> was false.</summary>
public sealed record FakeSlackCall(string Method, HttpStatusCode Status, string? Error)
{
    public bool Ok => Status == HttpStatusCode.OK && Error is null;
}
