namespace Cutover.Core.Dns;

/// <summary>Whether the cutover may proceed as far as DNS caching goes.</summary>
/// <param name="Ready">Every record is ready.</param>
/// <param name="EarliestSafeAt">
/// When every record is (or was) safe: the latest lowered-plus-old-TTL, assuming TTLs still too high are lowered
/// now; the time of evaluation when no record had to wait; null when a record could not be read.
/// </param>
/// <param name="Records">Per record, in the order given.</param>
public sealed record TtlReadinessResult(bool Ready, DateTimeOffset? EarliestSafeAt, IReadOnlyList<RecordReadiness> Records)
{
    /// <summary>The records that hold the cutover back.</summary>
    public IEnumerable<RecordReadiness> Blocking => Records.Where(r => !r.Ready);

    /// <summary>Whether a cutover at <paramref name="at"/> would be safe (false when the safe time is unknown).</summary>
    public bool SafeBy(DateTimeOffset at) => EarliestSafeAt is { } safe && safe <= at;
}
