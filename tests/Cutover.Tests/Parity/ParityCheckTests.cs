using Cutover.Core.Parity;

namespace Cutover.Tests.Parity;

/// <summary>
/// The parity check after go-live: demo-app against a target made exactly as its plan says, then with one thing
/// changed at a time — each change either explained by the plan or named as a difference.
/// </summary>
public class ParityCheckTests
{
    private const string Drain = "syslog+tls://siem:t0ken@logs.example-siem.com:6514/demo";

    private static readonly AppIntegrations Around = new(
        [new LogDrainInfo(Drain, "d.1")],
        [new CollaboratorInfo("oncall@acme.example.com", ["operate", "view"])],
        [new WebhookInfo("https://ci.acme.example.com/hooks/s3cr3t", ["api:release"], "notify")],
        new PipelineStageInfo("demo", "production", "p-1"),
        [],
        Acm: true);

    private readonly DemoWorld _world = new DemoWorld().WithIntegrations(Around);

    [Fact]
    public void Compare_TargetMadeAsPlanned_NothingDiffersAndTheMappingsAreNamed()
    {
        var lines = Check();

        Assert.False(ParityCheck.HasUnexplained(lines));
        Assert.Equal(
            ["Stack", "Buildpacks", "Labs features", "Config vars", "Add-ons", "Formation", "Domains", "Certificates", "Log drains", "Access", "Webhooks", "Pipeline"],
            lines.Select(l => l.Property));
        var addons = Line(lines, "Add-ons");
        Assert.Equal(ParityOutcome.AsPlanned, addons.Outcome);
        Assert.Contains("heroku-postgresql standard-0 → private-0", addons.Detail, StringComparison.Ordinal);
        Assert.Contains("fixie:tricycle not provisioned", addons.Detail, StringComparison.Ordinal);
        Assert.Equal("✓ Log drains: syslog+tls://logs.example-siem.com:6514", Line(lines, "Log drains").ToString());
        Assert.Equal("✓ Pipeline: demo (production); the source leaves it at decommission", Line(lines, "Pipeline").ToString());
        Assert.Contains("FIXIE_URL belonged to the source's add-ons", Line(lines, "Config vars").Detail, StringComparison.Ordinal);
        Assert.StartsWith("web 2×, worker 1× (as planned: web Standard-2X → ", Line(lines, "Formation").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DrainWebhookAndPipelineMissingOnTheTarget_EachDiffersWithUrlsByHostOnly()
    {
        var lines = Check(target => target with { Integrations = Around with { Drains = [], Webhooks = [], Pipeline = null } });

        Assert.True(ParityCheck.HasUnexplained(lines));
        Assert.Equal("✗ Log drains: missing on the target: syslog+tls://logs.example-siem.com:6514", Line(lines, "Log drains").ToString());
        Assert.Equal("✗ Webhooks: missing on the target: api:release → https://ci.acme.example.com (notify)", Line(lines, "Webhooks").ToString());
        Assert.Equal("✗ Pipeline: the source is in demo (production), the target in none", Line(lines, "Pipeline").ToString());
        Assert.DoesNotContain(lines, l => l.Detail.Contains("t0ken", StringComparison.Ordinal) || l.Detail.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "deploy", "operate", "view" }, ParityOutcome.AsPlanned, "dana@acme.example.com (deploy, operate, view) (as planned: personal-app collaborators get deploy, operate, view)")]
    [InlineData(new[] { "view" }, ParityOutcome.Differs, "dana@acme.example.com has view on the target, deploy, operate, view expected")]
    public void Compare_PersonalAppCollaborator_TheTeamEquivalentIsPlannedAnythingElseDiffers(string[] onTarget, ParityOutcome outcome, string detail)
    {
        var personal = Around with { Collaborators = [new CollaboratorInfo("dana@acme.example.com", [])] };
        var world = new DemoWorld().WithIntegrations(personal);

        var lines = Check(t => t with { Integrations = personal with { Collaborators = [new CollaboratorInfo("dana@acme.example.com", onTarget)] } }, world);

        Assert.Equal(new ParityCheckLine("Access", outcome, detail), Line(lines, "Access"));
    }

    [Fact]
    public void Compare_SomeoneOnlyTheTargetHas_Differs()
    {
        var lines = Check(t => t with { Integrations = Around with { Collaborators = [.. Around.Collaborators, new CollaboratorInfo("eve@example.com", ["manage"])] } });

        Assert.Equal("✗ Access: eve@example.com extra on the target", Line(lines, "Access").ToString());
    }

    [Fact]
    public void Compare_ConfigVars_AnAddonsOtherColourIsPlannedACopiedNameMissingDiffers()
    {
        var world = _world.WithAddons(DemoWorld.Addon("heroku-postgresql", "standard-0", "postgresql-curved-24817", "DATABASE", "DATABASE_URL", "HEROKU_POSTGRESQL_AMBER_URL"));
        var renamed = Check(t => t with
        {
            Addons = [DemoWorld.Addon("heroku-postgresql", "private-0", "postgresql-new-1", "DATABASE", "DATABASE_URL", "HEROKU_POSTGRESQL_BLUE_URL")],
            ConfigVarNames = [.. t.ConfigVarNames.Where(n => n != "HEROKU_POSTGRESQL_AMBER_URL"), "HEROKU_POSTGRESQL_BLUE_URL"],
        }, world);
        var lost = Check(t => t with { ConfigVarNames = [.. t.ConfigVarNames.Where(n => n != DemoWorld.AppConfigVars[0])] }, world);

        Assert.Equal(ParityOutcome.AsPlanned, Line(renamed, "Config vars").Outcome);
        Assert.Contains("HEROKU_POSTGRESQL_BLUE_URL written by the target's add-ons", Line(renamed, "Config vars").Detail, StringComparison.Ordinal);
        Assert.Equal($"✗ Config vars: missing on the target: {DemoWorld.AppConfigVars[0]}", Line(lost, "Config vars").ToString());
    }

    [Fact]
    public void Compare_FormationAndAddons_AQuantityAnUnplannedSizeOrAnExtraAddonDiffers()
    {
        var lines = Check(t => t with
        {
            Formation = [new FormationEntry("web", 1, t.Formation[0].Size), new FormationEntry("worker", 1, "Private-L")],
            Addons = [.. t.Addons, DemoWorld.Addon("heroku-redis", "private-7", "redis-extra-2", "CACHE")],
        });

        Assert.Equal("✗ Formation: web 2× on the source, 1× on the target; worker is Private-L, the plan said Private-S", Line(lines, "Formation").ToString());
        Assert.Equal("✗ Add-ons: heroku-redis:private-7 extra on the target", Line(lines, "Add-ons").ToString());
    }

    [Fact]
    public void Compare_Certificates_AcmTurnedOnIsPlannedAnUploadedCertificateNotUploadedDiffers()
    {
        var world = new DemoWorld().WithIntegrations(Around with { Acm = false, SniEndpoints = ["tokyo-12345"] });

        var lines = Check(t => t with { Integrations = Around with { Acm = true, SniEndpoints = [] } }, world);

        Assert.Equal("✗ Certificates: 1 uploaded certificate on the source, 0 on the target (upload with `heroku certs:add server.crt server.key`)",
            Line(lines, "Certificates").ToString());
        var planned = Check(t => t with { Integrations = Around with { Acm = true } }, new DemoWorld().WithIntegrations(Around with { Acm = false }));
        Assert.Equal("✓ Certificates: ACM on, 0 uploaded certificates (as planned: the domain step turns ACM on)", Line(planned, "Certificates").ToString());
    }

    /// <summary>The check of <paramref name="world"/>'s demo-app against a target made as planned, then changed by <paramref name="change"/>.</summary>
    private IReadOnlyList<ParityCheckLine> Check(Func<SourceSnapshot, SourceSnapshot>? change = null, DemoWorld? world = null)
    {
        world ??= _world;
        var source = world.Build().Source;
        var plan = world.Plan();
        var provisioned = plan.Addons.Where(r => r.ProposedPlan is not null).ToList();
        var addons = source.Addons.Where(a => provisioned.Any(r => r.Name == a.Name))
            .Select(a => a with { Name = a.Name + "-ps", Plan = provisioned.Single(r => r.Name == a.Name).ProposedPlan! })
            .ToList();
        var target = source with
        {
            Name = plan.TargetApp,
            Space = plan.TargetSpace,
            Addons = addons,
            Formation = [.. plan.Dynos.Select(d => new FormationEntry(d.ProcessType, d.Quantity, d.ToSize!))],
            ConfigVarNames = [.. plan.ConfigVarsToCopy, .. addons.SelectMany(a => a.ConfigVars)],
            Integrations = source.Integrations with { Acm = true },
        };
        return ParityCheck.Compare(source, (change ?? (t => t))(target), plan);
    }

    private static ParityCheckLine Line(IReadOnlyList<ParityCheckLine> lines, string property) => Assert.Single(lines, l => l.Property == property);
}
