namespace Cutover.Sandbox.Heroku.Model;

/// <summary>
/// Heroku Postgres backups and copies (the Essential-tier path of a migration: maintenance on, capture or copy, then
/// promote): transfers run for a time that grows with the data, then a copy leaves the target with the source's data.
/// </summary>
internal sealed partial class SimWorld
{
    /// <summary>Per GB of data; every transfer also takes <see cref="TransferOverhead"/>.</summary>
    public static readonly TimeSpan TransferPerGigabyte = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan TransferOverhead = TimeSpan.FromSeconds(20);

    public List<SimTransfer> Transfers { get; } = [];

    public SimTransfer Backup(SimAddon database)
    {
        RequireAvailable(database);
        return AddTransfer(database, database, BackupName(database), SimTransfer.Store, null, "BACKUP");
    }

    /// <summary>A copy between two database URLs, at least one of them a Heroku Postgres add-on's, started on <paramref name="startedOn"/>.</summary>
    public SimTransfer Copy(SimAddon startedOn, string fromName, string fromUrl, string toName, string toUrl)
    {
        var from = PostgresByUrl(fromUrl);
        var to = PostgresByUrl(toUrl);
        if (from is null && to is null)
            throw HerokuApiException.InvalidParams("At least one of from_url and to_url must be a Heroku Postgres database.");
        if (from is not null && from == to)
            throw HerokuApiException.InvalidParams("Cannot copy a database onto itself.");
        if (from is not null)
            RequireAvailable(from);
        if (to is not null)
        {
            RequireAvailable(to);
            if (to.Following is not null)
                throw HerokuApiException.InvalidParams($"{to.Name} is a follower and read-only; unfollow it before copying into it.");
        }

        return AddTransfer(startedOn, from, fromName, SimTransfer.Restore, to, toName);
    }

    public SimTransfer Transfer(SimApp app, string identity) =>
        Transfers.FirstOrDefault(t => t.App == app && (t.Num.ToString(System.Globalization.CultureInfo.InvariantCulture) == identity || (Guid.TryParse(identity, out var id) && t.Id == id)))
        ?? throw new HerokuApiException(404, "not_found", "Transfer not found.", "transfer");

    private SimTransfer AddTransfer(SimAddon startedOn, SimAddon? from, string fromName, string toType, SimAddon? to, string toName)
    {
        var bytes = from?.DataBytes ?? SimAddon.EmptyDatabaseBytes;
        var started = Now + TimeSpan.FromSeconds(2);
        var transfer = new SimTransfer
        {
            Id = NewId(),
            Num = Transfers.Where(t => t.App == startedOn.BillingApp).Select(t => t.Num).DefaultIfEmpty(0).Max() + 1,
            App = startedOn.BillingApp,
            FromName = fromName,
            FromType = SimTransfer.Dump,
            From = from,
            ToName = toName,
            ToType = toType,
            To = to,
            SourceBytes = bytes,
            CreatedAt = Now,
            StartedAt = started,
            FinishesAt = started + TransferOverhead + (TransferPerGigabyte * (bytes / 1_073_741_824d)),
        };
        Transfers.Add(transfer);
        return transfer;
    }

    private bool TickTransfers()
    {
        var changed = false;
        foreach (var transfer in Transfers.Where(t => !t.Finished && t.FinishesAt <= Now).ToList())
        {
            transfer.Finished = true;
            // A source or target destroyed meanwhile fails the transfer, as a dropped connection would.
            transfer.Succeeded = transfer.From is not { Destroyed: true } && transfer.To is not { Destroyed: true };
            if (transfer.Succeeded && transfer.To is { } target)
            {
                target.DataBytes = transfer.From?.DataBytes ?? target.DataBytes;
                target.Tables = transfer.From?.Tables ?? target.Tables;
                target.UpdatedAt = transfer.FinishesAt;
            }

            changed = true;
        }

        return changed;
    }

    private SimAddon? PostgresByUrl(string url) =>
        Addons.FirstOrDefault(a => !a.Destroyed && a.Service.IsPostgres && a.Credentials.GetValueOrDefault("_URL") == url);

    private static void RequireAvailable(SimAddon database)
    {
        if (database.State != SimAddon.Provisioned)
            throw HerokuApiException.InvalidParams($"{database.Name} is not available yet; wait until it is provisioned (heroku pg:wait).");
    }

    /// <summary>The name a backup shows as its source: the database's attachment on its billing app.</summary>
    private string BackupName(SimAddon database) =>
        AttachmentsOf(database).Where(t => t.App == database.BillingApp).Select(t => t.Name).FirstOrDefault() ?? database.Name;
}
