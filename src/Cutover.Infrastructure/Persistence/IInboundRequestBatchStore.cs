namespace Cutover.Infrastructure.Persistence;

/// <summary>Where <see cref="InboundRequestWriter"/> commits its batches: one transaction per batch.</summary>
public interface IInboundRequestBatchStore
{
    /// <summary>
    /// Stores <paramref name="requests"/> (distinct keys) in one transaction and returns the keys it stored; a key missing
    /// from the answer was stored before. Throws when the transaction fails: then none of them is stored.
    /// </summary>
    Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken);
}
