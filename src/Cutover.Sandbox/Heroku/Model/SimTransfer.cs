namespace Cutover.Sandbox.Heroku.Model;

/// <summary>
/// A Heroku Postgres transfer (PG Backups): a backup (<c>pg_dump</c> → <c>gof3r</c>) or a copy (<c>pg_dump</c> →
/// <c>pg_restore</c>), numbered per app, running from <see cref="StartedAt"/> until <see cref="FinishesAt"/>.
/// </summary>
internal sealed class SimTransfer
{
    public const string Dump = "pg_dump";
    public const string Store = "gof3r";
    public const string Restore = "pg_restore";

    public required Guid Id { get; init; }

    public required int Num { get; init; }

    /// <summary>The app whose transfers list holds it: the billing app of the database it was started on.</summary>
    public required SimApp App { get; init; }

    public required string FromName { get; init; }

    public required string FromType { get; init; }

    /// <summary>The Heroku Postgres add-on read from, or null for an outside database.</summary>
    public required SimAddon? From { get; init; }

    public required string ToName { get; init; }

    public required string ToType { get; init; }

    /// <summary>The add-on written to (a copy), or null (a backup, or an outside target).</summary>
    public required SimAddon? To { get; init; }

    public required long SourceBytes { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishesAt { get; init; }

    public bool Finished { get; set; }

    public bool Succeeded { get; set; }

    public bool IsBackup => ToType == Store;

    /// <summary>Bytes processed by <paramref name="now"/>: linear from start to finish.</summary>
    public long ProcessedAt(DateTimeOffset now)
    {
        if (Finished || now >= FinishesAt)
            return SourceBytes;
        if (now <= StartedAt)
            return 0;
        return (long)(SourceBytes * ((now - StartedAt) / (FinishesAt - StartedAt)));
    }
}
