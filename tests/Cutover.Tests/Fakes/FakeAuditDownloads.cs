namespace Cutover.Tests.Fakes;

/// <summary><see cref="IAuditDownloads"/> that offers <see cref="Offered"/> (none unless a test sets it).</summary>
internal sealed class FakeAuditDownloads : IAuditDownloads
{
    public AuditDownload? Offered { get; set; }

    public AuditDownload? Offer(long runId) => Offered;
}
