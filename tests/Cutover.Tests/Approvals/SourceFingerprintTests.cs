namespace Cutover.Tests.Approvals;

public sealed class SourceFingerprintTests
{
    private static readonly AddonInfo Postgres = new("a1", "postgresql-curved-1", "heroku-postgresql", "standard-0", [], [], true);
    private static readonly AddonInfo Papertrail = new("a2", "papertrail-round-2", "papertrail", "choklad", [], [], true);

    private static SourceFingerprint Read(int release, int webs, AddonInfo[] addons, params string[] domains) =>
        SourceFingerprint.Of(SourceAspect.Release | SourceAspect.Formation | SourceAspect.Addons | SourceAspect.Domains,
            new ReleaseInfo(release, "succeeded", "slug", null),
            [new FormationEntry("worker", 1, "Standard-1X"), new FormationEntry("web", webs, "Standard-2X")],
            addons,
            domains.Select(d => new DomainInfo(d, $"{d}.herokudns.com", null)));

    [Fact]
    public void ChangesTo_TheSameFacts_FindsNothing()
    {
        var shown = Read(12, 2, [Postgres], "www.example.com");

        Assert.Empty(SourceFingerprint.FromJson(shown.ToJson()).ChangesTo(Read(12, 2, [Postgres], "www.example.com")));
    }

    [Fact]
    public void ChangesTo_ANewReleaseScaleAddonAndDomain_NamesEachChange()
    {
        var shown = Read(12, 2, [Postgres], "www.example.com");

        var changes = shown.ChangesTo(Read(13, 3, [Postgres, Papertrail], "api.example.com"));

        Assert.Equal(
        [
            "release: v12 → v13",
            "process type web: 2 × Standard-2X → 3 × Standard-2X",
            "domain www.example.com removed (was www.example.com.herokudns.com)",
            "add-on papertrail-round-2 added (papertrail:choklad)",
            "domain api.example.com added (api.example.com.herokudns.com)",
        ], changes);
    }

    [Fact]
    public void Of_OnlyTheWatchedAspects_IgnoresTheRest()
    {
        var formationOnly = SourceFingerprint.Of(SourceAspect.Formation, new ReleaseInfo(12, "succeeded", null, null),
            [new FormationEntry("web", 2, "Standard-1X")], [Postgres], []);

        Assert.Equal("formation web 2 × Standard-1X", formationOnly.Describe());
        Assert.Empty(formationOnly.ChangesTo(SourceFingerprint.Of(SourceAspect.Formation, new ReleaseInfo(99, "succeeded", null, null),
            [new FormationEntry("web", 2, "Standard-1X")], [], [])));
    }

    [Fact]
    public void Describe_EveryAspect_OneLineEach()
    {
        Assert.Equal(
            "release v12\nformation web 2 × Standard-2X, worker 1 × Standard-1X\nadd-ons postgresql-curved-1 (heroku-postgresql:standard-0)\ndomains www.example.com",
            Read(12, 2, [Postgres], "www.example.com").Describe());
    }
}
