namespace Cutover.IntegrationTests.Fakes.Cloudflare;

/// <summary>One request the fake received: method, path with query, whether the token was right, and the body.</summary>
public sealed record FakeCloudflareCall(string Method, string PathAndQuery, bool Authorized, string Body);
