namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// Everything about a test token; start from <see cref="FakeBotFrameworkIssuer.ChannelToken"/> (valid) and change one
/// field with <c>with</c> per negative case.
/// </summary>
public sealed record TokenSpec
{
    public required string Issuer { get; init; }

    public required string? Audience { get; init; }

    /// <summary>The <c>serviceurl</c> claim; null leaves it out.</summary>
    public string? ServiceUrl { get; init; }

    public required DateTimeOffset NotBefore { get; init; }

    public required DateTimeOffset Expires { get; init; }

    public required FakeSigningKey Key { get; init; }

    /// <summary><c>RS256</c> (default), <c>RS384</c>, <c>RS512</c>, or <c>HS256</c> (signed with a shared secret, header kid of <see cref="Key"/>).</summary>
    public string Algorithm { get; init; } = "RS256";

    /// <summary>Extra claims (<c>tid</c>, <c>ver</c>, <c>appid</c> …).</summary>
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
}
