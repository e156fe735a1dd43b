namespace Cutover.Core.Planning;

/// <summary>How an add-on (and its data, if any) gets to the target app.</summary>
public enum DataStrategy
{
    /// <summary>Postgres: a follower in the space catches up while the source still serves, then is unfollowed and promoted.</summary>
    Follower,

    /// <summary>Postgres on a plan that cannot be followed (Essential tier): copied with the app in maintenance.</summary>
    CopyWithDowntime,

    /// <summary>Redis: forked into a space plan with the source in maintenance.</summary>
    Fork,

    /// <summary>Kafka: no follow or fork, so a guided manual step moves topics and consumers.</summary>
    GuidedManual,

    /// <summary>Provisioned fresh on the target app; no data to move.</summary>
    Provision,

    /// <summary>A static outbound IP add-on: not provisioned, the space's NAT IPs replace it.</summary>
    ReplacedByNat,

    /// <summary>
    /// Owned (billed) by another app and only attached to the source: the same add-on is attached to the target too;
    /// nothing is provisioned and no data moves. Its owner app keeps it when the source is deleted.
    /// </summary>
    AttachShared,

    /// <summary>Nothing can be provisioned for it from the space; the plan is blocked until it is removed or replaced.</summary>
    None,
}
