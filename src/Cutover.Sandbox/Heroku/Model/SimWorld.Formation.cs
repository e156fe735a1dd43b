namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Formation, dyno sizes per runtime, and the dynos that follow from them.</summary>
internal sealed partial class SimWorld
{
    public const int MaxQuantity = 100;

    public IReadOnlyList<SimDynoSize> SizesFor(SimApp app) => [.. Catalog.DynoSizes.Where(s => s.Runtime == app.Runtime)];

    public SimDynoSize DefaultSize(SimApp app)
    {
        var name = app.Runtime switch
        {
            Runtimes.Common => "Standard-1X",
            Runtimes.Private => "Private-S",
            Runtimes.Shield => "Shield-S",
            _ => "1X-Classic",
        };
        return Catalog.FindDynoSize(name) ?? SizesFor(app)[0];
    }

    /// <summary>A size valid for this app's runtime: Common Runtime sizes outside spaces, Private-*/Shield-* inside.</summary>
    public SimDynoSize ResolveSize(SimApp app, string identity)
    {
        var size = Catalog.FindDynoSize(identity)
            ?? throw HerokuApiException.InvalidParams($"Invalid dyno size \"{identity}\". Valid sizes for {app.Name}: {string.Join(", ", SizesFor(app).Select(s => s.Name))}.");
        if (size.Runtime != app.Runtime)
        {
            throw HerokuApiException.InvalidParams(
                $"{size.Name} dynos are not available to apps in {Runtimes.Describe(app.Runtime)}. Valid sizes for {app.Name}: {string.Join(", ", SizesFor(app).Select(s => s.Name))}.");
        }

        return size;
    }

    /// <summary>Applies a batch update all-or-nothing, then starts or stops dynos to match.</summary>
    public List<SimFormation> UpdateFormation(SimApp app, IReadOnlyList<FormationUpdate> updates)
    {
        var planned = new List<(SimFormation Formation, int Quantity, SimDynoSize Size)>();
        foreach (var update in updates)
        {
            var formation = app.Formation.FirstOrDefault(f => f.Type == update.Type) ?? throw HerokuApiException.NotFound("formation");
            var quantity = update.Quantity ?? formation.Quantity;
            if (quantity is < 0 or > MaxQuantity)
                throw HerokuApiException.InvalidParams($"Quantity for {update.Type} must be between 0 and {MaxQuantity}.");
            var size = update.Size is null ? formation.Size : ResolveSize(app, update.Size);
            planned.Add((formation, quantity, size));
        }

        foreach (var (formation, quantity, size) in planned)
        {
            formation.Quantity = quantity;
            formation.Size = size;
            formation.UpdatedAt = Now;
        }

        app.UpdatedAt = Now;
        ReconcileDynos(app, Now);
        return [.. planned.Select(p => p.Formation).Distinct()];
    }

    /// <summary>Process types follow the released slug; a first deploy scales <c>web</c> to one.</summary>
    public void SyncFormation(SimApp app, SimSlug slug, DateTimeOffset at)
    {
        var first = app.Formation.Count == 0;
        app.Formation.RemoveAll(f => !slug.ProcessTypes.ContainsKey(f.Type));
        foreach (var (type, command) in slug.ProcessTypes.Where(p => p.Key != "release"))
        {
            var existing = app.Formation.FirstOrDefault(f => f.Type == type);
            if (existing is not null)
            {
                existing.Command = command;
                continue;
            }

            app.Formation.Add(new SimFormation
            {
                Id = NewId(),
                Type = type,
                Command = command,
                Quantity = first && type == "web" ? 1 : 0,
                Size = DefaultSize(app),
                CreatedAt = at,
                UpdatedAt = at,
            });
        }
    }

    /// <summary>Restarts the app's dynos (all, one process type, or one dyno) on the current release.</summary>
    public void RestartDynos(SimApp app, DateTimeOffset at, string? type = null, SimDyno? only = null)
    {
        ReconcileDynos(app, at);
        foreach (var dyno in app.Dynos.Where(d => (type is null || d.Type == type) && (only is null || d == only)))
            Boot(dyno, at);
    }

    /// <summary>Makes the running dynos match the formation: adds starting ones, removes extras, resizes.</summary>
    public void ReconcileDynos(SimApp app, DateTimeOffset at)
    {
        var release = app.CurrentRelease;
        if (release?.Slug is null)
        {
            app.Dynos.RemoveAll(d => d.ExpiresAt is null);
            return;
        }

        app.Dynos.RemoveAll(d => d.ExpiresAt is null && app.Formation.All(f => f.Type != d.Type));
        foreach (var formation in app.Formation)
        {
            var dynos = app.Dynos.Where(d => d.Type == formation.Type && d.ExpiresAt is null).ToList();
            foreach (var extra in dynos.Skip(formation.Quantity))
                app.Dynos.Remove(extra);
            for (var index = dynos.Count; index < formation.Quantity; index++)
            {
                app.Dynos.Add(new SimDyno
                {
                    Id = NewId(),
                    Name = DynoName(app, formation.Type, index + 1),
                    Type = formation.Type,
                    Command = formation.Command,
                    Size = formation.Size,
                    Release = release,
                    CreatedAt = at,
                    UpdatedAt = at,
                    UpAt = at + Timings.DynoBoot,
                    Crashes = false,
                });
            }

            var current = app.Dynos.Where(d => d.Type == formation.Type && d.ExpiresAt is null).ToList();
            for (var index = 0; index < current.Count; index++)
            {
                current[index].Crashes = index >= formation.Quantity - formation.Crashing;
                if (current[index].Size != formation.Size)
                {
                    current[index].Size = formation.Size;
                    Boot(current[index], at);
                }
            }
        }
    }

    /// <summary>A one-off dyno (<c>heroku run</c>), gone after its time to live.</summary>
    public SimDyno RunDyno(SimApp app, string command, string? size, string type, bool attach, int timeToLive)
    {
        var release = app.CurrentRelease ?? throw HerokuApiException.InvalidParams($"{app.Name} has no release yet; deploy code before running dynos.");
        var dyno = new SimDyno
        {
            Id = NewId(),
            Name = $"{type}.{app.NextRunNumber++}",
            Type = type,
            Command = command,
            Size = size is null ? DefaultSize(app) : ResolveSize(app, size),
            Release = release,
            CreatedAt = Now,
            UpdatedAt = Now,
            UpAt = Now + Timings.DynoBoot,
            Crashes = false,
            AttachUrl = attach ? $"rendezvous://rendezvous.runtime.heroku.com:5000/{Hex(40)}" : null,
            ExpiresAt = Now + TimeSpan.FromSeconds(Math.Clamp(timeToLive, 1, 86_400)),
        };
        app.Dynos.Add(dyno);
        return dyno;
    }

    private void Boot(SimDyno dyno, DateTimeOffset at)
    {
        dyno.State = "starting";
        dyno.UpAt = at + Timings.DynoBoot;
        dyno.UpdatedAt = at;
        dyno.BootId = Guid.NewGuid();
        if (dyno.ExpiresAt is null && dyno.Release.App.CurrentRelease is { } current)
            dyno.Release = current;
    }

    private string DynoName(SimApp app, string type, int index) =>
        app.Generation.IsFir ? $"{type}-{Hex(10)}-{Hex(5)}" : $"{type}.{index}";
}
