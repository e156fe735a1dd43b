using static Cutover.Tests.Planning.DemoWorld;

namespace Cutover.Tests.Planning;

public class PlannerWarningTests
{
    [Fact]
    public void Plan_DemoWorld_WarnsAboutFixieAndDataclipsOnly()
    {
        var plan = new DemoWorld().Plan();

        Assert.Equal(
        [
            "Dataclips on postgresql-curved-24817 must be re-pointed to the new database by hand after the Postgres cutover.",
            "fixie-lucid-30551 (fixie:tricycle) will not be provisioned: the space's NAT IPs 203.0.113.21, 203.0.113.22 replace it, "
            + "so add them to any partner allow-lists.",
        ],
        plan.Warnings);
        Assert.All(plan.Warnings, PlannerBlockerTests.OneSentence);
    }

    [Fact]
    public void Plan_AddonAvailableOnlyOutsideTheSpace_WarnsAboutThePublicInternet()
    {
        var plan = new DemoWorld()
            .WithAddons(Addon("demo-mailer", "starter", "mailer-brisk-1", "MAILER"))
            .WithPlans("demo-mailer", ServicePlan("demo-mailer", "starter", outside: true))
            .Plan();

        var warning = Assert.Single(plan.Warnings);
        Assert.Equal("mailer-brisk-1 (demo-mailer:starter) is available only outside the space: it will run as starter and its traffic will cross the public internet.", warning);
        Assert.Empty(plan.Blockers);
    }

    [Fact]
    public void Plan_StaticIpAddonAndNoNatIps_SaysToCheckTheNat()
    {
        var plan = new DemoWorld().WithAddons(Addon("fixie", "tricycle", "fixie-lucid-30551", "FIXIE")).WithNatIps().Plan();

        var warning = Assert.Single(plan.Warnings);
        Assert.Contains("space demo-space reported no NAT IPs yet", warning, StringComparison.Ordinal);
        Assert.Empty(plan.NatIps);
    }

    [Fact]
    public void Plan_Kafka_WarnsAboutTheGuidedManualStep()
    {
        var plan = new DemoWorld().WithAddons(Addon("heroku-kafka", "basic-0", "kafka-solid-77120", "KAFKA")).Plan();

        var warning = Assert.Single(plan.Warnings);
        Assert.StartsWith("kafka-solid-77120 (heroku-kafka:basic-0) has no follow or fork: the data cutover pauses for a guided manual step", warning, StringComparison.Ordinal);
        Assert.Equal("private-standard-0", plan.Addons[0].ProposedPlan);
    }

    [Fact]
    public void Plan_TwoPostgresAddons_WarnsAboutDataclipsForEach()
    {
        var plan = new DemoWorld()
            .WithAddons(
                Addon("heroku-postgresql", "standard-0", "postgresql-curved-24817", "DATABASE"),
                Addon("heroku-postgresql", "premium-0", "postgresql-rigid-1", "HEROKU_POSTGRESQL_GREEN"))
            .Plan();

        Assert.Equal(2, plan.Warnings.Count(w => w.StartsWith("Dataclips on ", StringComparison.Ordinal)));
        Assert.Contains(plan.Warnings, w => w.Contains("postgresql-rigid-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_SlugBuiltForAnotherStack_WarnsThatABuildIsUsed()
    {
        var plan = new DemoWorld().WithRelease(new ReleaseInfo(12, "succeeded", "slug-1", "heroku-22")).Plan();

        Assert.Contains(
            "The current slug was built for heroku-22 but demo-app runs heroku-24: the target app will be built from source instead of copying the slug.",
            plan.Warnings);
        Assert.Empty(plan.Blockers);
    }

    [Theory]
    [InlineData("heroku-24")]
    [InlineData("HEROKU-24")]
    [InlineData(null)]
    public void Plan_SlugStackSameOrUnknown_DoesNotWarnAboutABuild(string? slugStack)
    {
        var plan = new DemoWorld().WithRelease(new ReleaseInfo(12, "succeeded", "slug-1", slugStack)).Plan();

        Assert.DoesNotContain(plan.Warnings, w => w.Contains("slug", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_LegacySize_WarnsItWasMappedByMemory()
    {
        var plan = new DemoWorld().WithFormation(new FormationEntry("web", 1, "2X")).Plan();

        Assert.Contains("Process type web runs on 2X, which has no direct equivalent: it is mapped by memory (1 GB) to Private-S (1 GB).", plan.Warnings);
        Assert.Equal("Private-S", plan.Dynos[0].ToSize);
    }
}
