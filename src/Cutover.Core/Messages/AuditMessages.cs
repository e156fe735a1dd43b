namespace Cutover.Core.Messages;

/// <summary>A run's audit trail as chat messages: a page of events, one line each, oldest first.</summary>
public static class AuditMessages
{
    /// <summary>Events on one page: short enough for one Slack message or Teams card, long enough to read a step's story.</summary>
    public const int PageSize = 25;

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <paramref name="events"/>: each line says when (UTC), who, what, on which step
    /// version, the state before → after and the detail. A page past the end says how many pages there are. With
    /// <paramref name="download"/>, a field links the whole trail as CSV and JSON and says until when the links work.
    /// </summary>
    public static ChatMessage Page(Run run, IReadOnlyList<AuditEvent> events, int page, AuditDownload? download = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(events);
        var pages = Math.Max(1, (events.Count + PageSize - 1) / PageSize);
        var id = run.Id.ToString(CultureInfo.InvariantCulture);
        if (page < 1 || page > pages)
            return RunMessages.Refused($"Run {id}'s audit has {Count(pages, "page")} ({Count(events.Count, "event")}): `audit {id}` to `audit {id} {pages}`.");
        var shown = events.Skip((page - 1) * PageSize).Take(PageSize).Select(Line);
        var next = page < pages ? $"\n`audit {id} {page + 1}` for the next page." : string.Empty;
        var message = ChatMessage.Plain($"Audit of run {id} ({run.SourceApp} → {run.TargetSpace}) — page {page} of {pages}", MessageStatus.Info,
            $"{Count(events.Count, "event")}, oldest first.\n{string.Join("\n", shown)}{next}");
        return download is null
            ? message
            : message with
            {
                Fields =
                [
                    new("Download", $"CSV: {download.Csv}\nJSON: {download.Json}\nThe links work until {download.Expires.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}."),
                ],
            };
    }

    /// <summary>One event: <c>2026-12-04 09:00:05 UTC · slack:U… · step.approval-recorded · preflight v1 · AwaitingApproval → Approved · detail</c>.</summary>
    public static string Line(AuditEvent audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var parts = new List<string> { audit.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture), audit.Actor, audit.Action };
        if (audit.StepId is { } step)
            parts.Add(audit.StepVersion is { } v ? $"{step} v{v.ToString(CultureInfo.InvariantCulture)}" : step);
        if (audit.Before is not null || audit.After is not null)
            parts.Add($"{audit.Before ?? "–"} → {audit.After ?? "–"}");
        if (!string.IsNullOrWhiteSpace(audit.Detail))
            parts.Add(PlainLine(audit.Detail));
        return "• " + string.Join(" · ", parts);
    }

    private static string PlainLine(string text) => text.ReplaceLineEndings(" ");

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? string.Empty : "s")}";
}
