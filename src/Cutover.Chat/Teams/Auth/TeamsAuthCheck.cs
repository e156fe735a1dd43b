namespace Cutover.Chat.Teams.Auth;

/// <summary>The check an inbound Bot Framework token failed, in the order they are applied (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Bot Framework authentication</see>).</summary>
public enum TeamsAuthCheck
{
    /// <summary>No <c>Authorization</c> header while an app id is configured.</summary>
    Header,

    /// <summary>The header is not exactly <c>Bearer &lt;token&gt;</c>.</summary>
    Scheme,

    /// <summary>The token is not a readable JWT.</summary>
    Token,

    /// <summary><c>iss</c> is neither the Bot Framework issuer nor an accepted Entra issuer.</summary>
    Issuer,

    /// <summary>The header's <c>alg</c> is not RS256, RS384 or RS512.</summary>
    Algorithm,

    /// <summary>The OpenID metadata or its keys could not be fetched (an operational fault, not the caller's).</summary>
    Metadata,

    /// <summary>No published signing key has the token's <c>kid</c>, even after a refresh.</summary>
    SigningKey,

    /// <summary>The signature does not verify with the published key.</summary>
    Signature,

    /// <summary><c>exp</c>/<c>nbf</c> outside the 5-minute clock skew, or no <c>exp</c>.</summary>
    Lifetime,

    /// <summary>The signing key does not endorse the activity's channel id.</summary>
    Endorsement,

    /// <summary><c>aud</c> is missing or is not our app id.</summary>
    Audience,

    /// <summary>The <c>serviceurl</c> claim is missing or differs from the activity's <c>serviceUrl</c>.</summary>
    ServiceUrl,

    /// <summary>An Entra token's <c>tid</c> does not match the tenant in its issuer.</summary>
    Tenant,
}
