namespace Cutover.Core.Planning;

/// <summary>What an add-on is, as far as moving its data is concerned.</summary>
public enum AddonKind
{
    /// <summary><c>heroku-postgresql</c>.</summary>
    Postgres,

    /// <summary><c>heroku-redis</c> (Heroku Key-Value Store).</summary>
    Redis,

    /// <summary><c>heroku-kafka</c>.</summary>
    Kafka,

    /// <summary>An add-on that only gives Common Runtime apps fixed egress IPs (Fixie, QuotaGuard Static, Proximo, IPBurger).</summary>
    StaticOutboundIp,

    /// <summary>Anything else: provisioned afresh on the target app.</summary>
    Other,
}
