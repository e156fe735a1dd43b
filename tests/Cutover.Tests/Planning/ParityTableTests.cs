namespace Cutover.Tests.Planning;

public class ParityTableTests
{
    private static readonly AppIntegrations Integrated = new(
        [new LogDrainInfo("syslog+tls://user:s3cret@logs.example-siem.com:6514/ingest?token=t0k", "d.1")],
        [new CollaboratorInfo("dev@example.com", ["view", "operate"])],
        [new WebhookInfo("https://hooks.example-chat.com/services/T0/B0/xyzSECRET", ["api:release"], "notify")],
        new PipelineStageInfo("demo", "production"),
        ["tokyo-1234"],
        Acm: true);

    [Fact]
    public void For_DemoApp_ListsEveryPropertyOnceInAFixedOrder()
    {
        var world = new DemoWorld();

        var rows = ParityTable.For(world.Build(), world.Plan());

        Assert.Equal(
            ["Code", "Stack", "Buildpacks", "Labs features", "Config vars", "Add-ons", "Formation", "Domains", "ACM",
             "SSL certificates (uploaded)", "Log drains", "Access", "Webhooks", "Pipeline", "Scheduler jobs", "Inbound rules (space)"],
            rows.Select(r => r.Property));
    }

    [Theory]
    [InlineData("Code", ParityHandling.Carried, "step 5 Deploy current slug")]
    [InlineData("Buildpacks", ParityHandling.Carried, "step 3 Create target app")]
    [InlineData("Config vars", ParityHandling.Carried, "step 4 Copy config vars")]
    [InlineData("Formation", ParityHandling.Carried, "step 7 Scale formation")]
    [InlineData("Domains", ParityHandling.Carried, "step 10 Domains and SSL")]
    [InlineData("Log drains", ParityHandling.NotApplicable, "nothing to move")]
    [InlineData("Pipeline", ParityHandling.NotApplicable, "nothing to move")]
    [InlineData("Inbound rules (space)", ParityHandling.Guided, "heroku spaces:trusted-ips demo-space")]
    public void For_DemoAppWithoutIntegrations_SaysHowEachPropertyMoves(string property, ParityHandling handling, string how)
    {
        var world = new DemoWorld();

        var row = Row(ParityTable.For(world.Build(), world.Plan()), property);

        Assert.Equal(handling, row.Handling);
        Assert.Contains(how, row.How, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Log drains", "syslog+tls://logs.example-siem.com:6514", "step 3 Create target app (added to demo-app-ps by URL")]
    [InlineData("Access", "dev@example.com (view, operate)", "step 3 Create target app (the same permissions on demo-app-ps)")]
    [InlineData("Webhooks", "api:release → https://hooks.example-chat.com (notify)", "step 3 Create target app; Heroku gives each a new secret")]
    [InlineData("Pipeline", "demo (production)", "step 3 Create target app (couples demo-app-ps to the same stage before go-live); demo-app leaves it at step 15")]
    public void For_IntegrationsTheTargetAppStepCarries_AreCarriedByStep3(string property, string source, string how)
    {
        var world = new DemoWorld().WithIntegrations(Integrated);

        var row = Row(ParityTable.For(world.Build(), world.Plan()), property);

        Assert.Equal((ParityHandling.Carried, source), (row.Handling, row.Source));
        Assert.StartsWith(how, row.How, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UploadedCertificate_IsGuidedWithTheCommand()
    {
        var world = new DemoWorld().WithIntegrations(Integrated);

        var row = Row(ParityTable.For(world.Build(), world.Plan()), "SSL certificates (uploaded)");

        Assert.Equal((ParityHandling.Guided, "tokyo-1234"), (row.Handling, row.Source));
        Assert.Contains("heroku certs:add server.crt server.key -a demo-app-ps", row.How, StringComparison.Ordinal);
    }

    [Fact]
    public void For_UrlsWithTokens_ShowOnlySchemeAndHost()
    {
        var world = new DemoWorld().WithIntegrations(Integrated);

        var text = string.Join("\n", ParityTable.For(world.Build(), world.Plan()).Select(r => $"{r.Source} {r.How}"));

        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("t0k", text, StringComparison.Ordinal);
        Assert.DoesNotContain("xyzSECRET", text, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SchedulerAddon_IsAGuidedStepWithTheDashboardLink()
    {
        var world = new DemoWorld().WithAddon(new AddonInfo("a-1", "scheduler-shallow-123", "scheduler", "standard", ["SCHEDULER"], [], true));

        var row = Row(ParityTable.For(world.Build(), world.Plan()), "Scheduler jobs");

        Assert.Equal(ParityHandling.Guided, row.Handling);
        Assert.Contains("https://dashboard.heroku.com/apps/demo-app-ps/scheduler", row.How, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0.0.0/0", ParityHandling.NotApplicable, "lets everyone in")]
    [InlineData("198.51.100.0/24", ParityHandling.Guided, "answers only 198.51.100.0/24")]
    public void For_SpaceInboundRules_WarnWhenTheyNarrowWhoCanReachTheApp(string allowed, ParityHandling handling, string how)
    {
        var world = new DemoWorld().WithInboundRules(new InboundRule("allow", allowed), new InboundRule("deny", "10.0.0.0/8"));

        var row = Row(ParityTable.For(world.Build(), world.Plan()), "Inbound rules (space)");

        Assert.Equal(handling, row.Handling);
        Assert.Contains(how, row.How, StringComparison.Ordinal);
    }

    private static ParityRow Row(IReadOnlyList<ParityRow> rows, string property) => Assert.Single(rows, r => r.Property == property);
}
