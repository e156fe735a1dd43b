using static Cutover.Tests.Planning.DemoWorld;

namespace Cutover.Tests.Planning;

public class PlanMessagesTests
{
    private static readonly Run Run = PlannedRun();

    [Fact]
    public void Plan_DemoWorld_HasTitleAndEveryField()
    {
        var message = PlanMessages.Plan(new DemoWorld().Plan(), Run);

        Assert.Equal("Cutover plan: demo-app → demo-space", message.Title);
        Assert.Equal(
            ["Run", "Cutover", "Target app", "Add-ons", "Dynos", "NAT IPs", "Config vars", "Domains", "Parity", "Warnings", "Blockers"],
            message.Fields.Select(f => f.Label));
        Assert.Equal("demo-app-ps in Private space demo-space", Field(message, "Target app"));
        Assert.Equal("none", Field(message, "Blockers"));
        Assert.Empty(message.Actions);
    }

    [Fact]
    public void Plan_DemoAppWithDrainAndPipeline_ParityLinesSayWhichStepCarriesEach()
    {
        var world = new DemoWorld().WithIntegrations(AppIntegrations.None with
        {
            Drains = [new LogDrainInfo("https://u:s3cr3t@logs.example-siem.com/drain", "d.1")],
            Pipeline = new PipelineStageInfo("demo", "production"),
        });

        var lines = Field(PlanMessages.Plan(world.Plan(), Run), "Parity").Split('\n');

        Assert.Contains("✓ Config vars (9 names): carried by step 4 Copy config vars (5 copied, the rest written by add-ons on the target)", lines);
        Assert.Contains("✓ Log drains (https://logs.example-siem.com): carried by step 3 Create target app (added to demo-app-ps by URL; add-on drains come with their add-on)", lines);
        Assert.Contains(lines, l => l.StartsWith("✓ Pipeline (demo (production)): carried by step 3 Create target app (couples demo-app-ps", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("✋ Scheduler jobs", StringComparison.Ordinal) || l.StartsWith("· Scheduler jobs", StringComparison.Ordinal));
        Assert.Contains("· Webhooks: nothing to move", lines);
        Assert.DoesNotContain(lines, l => l.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_DemoWorld_ShowsAddonsDynosNatAndConfigVarNamesAsLines()
    {
        var message = PlanMessages.Plan(new DemoWorld().Plan(), Run);

        Assert.Equal(
            "postgresql-curved-24817 · heroku-postgresql:standard-0 → private-0 · in space · follower\n"
            + "redis-graceful-51720 · heroku-redis:premium-0 → private-7 · in space · fork\n"
            + "fixie-lucid-30551 · fixie:tricycle → not provisioned · outside space (public internet) · replaced by NAT\n"
            + "papertrail-amber-11002 · papertrail:choklad → choklad · in space · provision",
            Field(message, "Add-ons"));
        Assert.Equal("web ×2 · Standard-2X → Private-S\nworker ×1 · Standard-1X → Private-S", Field(message, "Dynos"));
        Assert.Equal("203.0.113.21, 203.0.113.22 (replace fixie-lucid-30551)", Field(message, "NAT IPs"));
        Assert.Equal(
            "5 vars to copy: ASPNETCORE_ENVIRONMENT, DOTNET_gcServer, SENTRY_DSN, STRIPE_API_KEY, FEATURE_CHECKOUT_V2",
            Field(message, "Config vars"));
        Assert.Equal("www.demo-app.example.com\napi.demo-app.example.com", Field(message, "Domains"));
    }

    [Fact]
    public void Plan_AddonOwnedConfigVars_AppearNowhereInTheMessage()
    {
        var message = PlanMessages.Plan(new DemoWorld().Plan(), Run);

        var text = AsText(message);
        Assert.Contains("DATABASE_URL", new DemoWorld().Build().Source.ConfigVarNames);
        Assert.All(["DATABASE_URL", "REDIS_URL", "FIXIE_URL", "PAPERTRAIL_API_TOKEN"],
            name => Assert.DoesNotContain(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_ManyConfigVars_CountsAllAndShortensTheList()
    {
        var world = new DemoWorld();
        foreach (var i in Enumerable.Range(1, 45))
            world.WithConfigVar($"FLAG_{i:00}");

        var value = Field(PlanMessages.Plan(world.Plan(), Run), "Config vars");

        Assert.StartsWith("50 vars to copy: ASPNETCORE_ENVIRONMENT, ", value, StringComparison.Ordinal);
        Assert.EndsWith("FLAG_35, … and 10 more", value, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_OneConfigVar_IsSingular()
    {
        var plan = new DemoWorld().Plan() with { ConfigVarsToCopy = ["SENTRY_DSN"] };

        Assert.Equal("1 var to copy: SENTRY_DSN", Field(PlanMessages.Plan(plan, Run), "Config vars"));
    }

    [Fact]
    public void Plan_Blocked_IsFailureAndListsBlockers()
    {
        var plan = new DemoWorld().WithSpaceState("allocating").Plan();

        var message = PlanMessages.Plan(plan, Run);

        Assert.Equal(MessageStatus.Failure, message.Status);
        Assert.StartsWith("• Space demo-space is still allocating", Field(message, "Blockers"), StringComparison.Ordinal);
        Assert.Equal("Cutover cannot start: fix the 1 blocker below, then plan again.", message.Text);
    }

    [Fact]
    public void Plan_WarningsOnly_IsWarning()
    {
        var message = PlanMessages.Plan(new DemoWorld().Plan(), Run);

        Assert.Equal(MessageStatus.Warning, message.Status);
        Assert.StartsWith("• Dataclips on postgresql-curved-24817", Field(message, "Warnings"), StringComparison.Ordinal);
        Assert.Null(message.Text);
    }

    [Fact]
    public void Plan_NoWarningsOrBlockers_IsInfo()
    {
        var plan = new DemoWorld().WithAddons(Addon("papertrail", "choklad", "papertrail-amber-11002", "PAPERTRAIL")).Plan();

        var message = PlanMessages.Plan(plan, Run);

        Assert.Equal(MessageStatus.Info, message.Status);
        Assert.Equal("none", Field(message, "Warnings"));
        Assert.Equal("203.0.113.21, 203.0.113.22", Field(message, "NAT IPs"));
    }

    [Fact]
    public void Plan_ShieldSpaceWithUnmappableDyno_SaysShieldAndNoMapping()
    {
        var plan = new DemoWorld().InShieldSpace().WithFormation(new FormationEntry("web", 1, "Turbo-9X")).Plan();

        var message = PlanMessages.Plan(plan, Run);

        Assert.Equal("demo-app-ps in Shield space demo-shield", Field(message, "Target app"));
        Assert.Equal("web ×1 · Turbo-9X → no mapping", Field(message, "Dynos"));
    }

    [Fact]
    public void Plan_DemoWorld_MatchesGoldenFile()
    {
        var actual = AsText(PlanMessages.Plan(new DemoWorld().Plan(), Run));

        GoldenFile.Equal(RepositoryFiles.PathOf("tests", "Cutover.Tests", "Planning", "Golden", "demo-app-plan.txt"), actual);
    }

    private static string Field(ChatMessage message, string label) => message.Fields.Single(f => f.Label == label).Value;

    /// <summary>The message as a plain-text reader sees it: title, status, text, then each field.</summary>
    private static string AsText(ChatMessage message)
    {
        var text = new StringBuilder().Append(message.Title).Append('\n').Append("status: ").Append(message.Status).Append('\n');
        if (message.Text is { } body)
            text.Append(body).Append('\n');
        foreach (var field in message.Fields)
        {
            text.Append('\n').Append(field.Label).Append(":\n");
            foreach (var line in field.Value.Split('\n'))
                text.Append("  ").Append(line).Append('\n');
        }

        return text.ToString();
    }
}
