namespace Cutover.Core.Dns;

/// <summary>What Cutover knows about one record's TTL when it decides whether the cutover may proceed.</summary>
/// <param name="Name">The host name.</param>
/// <param name="ObservedTtlSeconds">The TTL the authoritative servers publish now (highest across servers); null when unknown.</param>
/// <param name="OriginalTtlSeconds">The TTL before it was lowered (recorded at the first lookup; restored after the cutover).</param>
/// <param name="LoweredAt">When the TTL was lowered (by the provider, or first seen low by lookup); null when not recorded.</param>
/// <param name="Problem">Why the TTL could not be observed, when it could not.</param>
public sealed record TtlRecordState(string Name, int? ObservedTtlSeconds, int OriginalTtlSeconds, DateTimeOffset? LoweredAt, string? Problem = null)
{
    /// <summary>The state from a lookup's result plus what Cutover recorded earlier.</summary>
    public static TtlRecordState From(DnsTtlObservation observation, int originalTtlSeconds, DateTimeOffset? loweredAt)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new TtlRecordState(observation.Name, observation.Highest?.TtlSeconds, originalTtlSeconds, loweredAt,
            observation.Highest is null ? observation.Problem ?? "no answer" : null);
    }
}
