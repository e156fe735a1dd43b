using Microsoft.IdentityModel.Tokens;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>An RSA signing key with a key id, as published in a JWKS (with the Bot Framework's <c>endorsements</c>).</summary>
public sealed class FakeSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public FakeSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Channel ids the key endorses; empty means the JWK has no <c>endorsements</c> property (Entra keys).</summary>
    public IReadOnlyList<string> Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>The public half as a JWK.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => JsonValue.Create(e))]);
        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
