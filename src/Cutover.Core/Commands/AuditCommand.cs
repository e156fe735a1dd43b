namespace Cutover.Core.Commands;

/// <summary><c>audit &lt;run&gt; [page]</c>: a run's audit trail, <see cref="AuditMessages.PageSize"/> events a page, oldest first.</summary>
public sealed record AuditCommand(long RunId, int Page) : Command;
