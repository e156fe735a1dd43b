namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Time-driven state: whatever was due by now happens, in order, stamped with the time it was due.</summary>
internal sealed partial class SimWorld
{
    public void Tick(DateTimeOffset now)
    {
        if (now > Now)
            Now = now;
        // A finished build starts a release, which may itself be due already: run until nothing moves.
        for (var pass = 0; pass < 8 && TickOnce(); pass++)
        {
        }
    }

    private bool TickOnce()
    {
        var changed = false;
        foreach (var build in Apps.SelectMany(a => a.Builds).Where(b => b.Status == "pending" && b.ReadyAt <= Now).ToList())
        {
            CompleteBuild(build);
            changed = true;
        }

        foreach (var addon in Addons.Where(a => a.State == SimAddon.Provisioning && a.ReadyAt <= Now).OrderBy(a => a.ReadyAt).ToList())
        {
            CompleteProvisioning(addon);
            changed = true;
        }

        foreach (var release in Apps.SelectMany(a => a.Releases).Where(r => r.Status == SimRelease.Pending && r.ReadyAt <= Now).OrderBy(r => r.ReadyAt).ToList())
        {
            CompleteRelease(release);
            changed = true;
        }

        foreach (var app in Apps)
            changed |= TickDynos(app) | TickDomains(app);
        return changed | TickTransfers();
    }

    private bool TickDynos(SimApp app)
    {
        var changed = app.Dynos.RemoveAll(d => d.ExpiresAt <= Now) > 0;
        foreach (var dyno in app.Dynos.Where(d => d.State == "starting" && d.UpAt <= Now))
        {
            dyno.State = dyno.Crashes ? "crashed" : "up";
            dyno.UpdatedAt = dyno.UpAt;
            changed = true;
        }

        return changed;
    }

    private bool TickDomains(SimApp app)
    {
        var changed = false;
        foreach (var domain in app.Domains)
        {
            if (domain.Status == "pending" && domain.VerifiedAt <= Now)
            {
                domain.Status = "succeeded";
                domain.UpdatedAt = domain.VerifiedAt.Value;
                changed = true;
            }

            if (domain.AcmStatus == "pending" && domain.AcmIssuedAt <= Now)
            {
                domain.AcmStatus = "cert issued";
                domain.AcmStatusReason = null;
                domain.UpdatedAt = domain.AcmIssuedAt.Value;
                changed = true;
            }
        }

        return changed;
    }
}
