using static Cutover.Tests.Planning.DemoWorld;

namespace Cutover.Tests.Planning;

public class AddonClassificationTests
{
    private const string Service = "demo-logs";

    public static TheoryData<string, bool, AddonPlanInfo[], AddonAvailability, string?> PlanFieldCombinations => new()
    {
        { "inside and outside, Private space", false, [P("current", inside: true, outside: true)], AddonAvailability.InstallableInSpace, "current" },
        { "inside only, Private space", false, [P("private-1", inside: true, price: 100)], AddonAvailability.InstallableInSpace, "private-1" },
        { "outside only keeps the current plan", false, [P("tiny", outside: true), P("current", outside: true, price: 900)], AddonAvailability.AvailableOutsideSpace, "current" },
        { "outside only, current plan not listed, takes the cheapest", false, [P("big", outside: true, price: 900), P("small", outside: true, price: 100)], AddonAvailability.AvailableOutsideSpace, "small" },
        { "neither inside nor outside", false, [P("current")], AddonAvailability.Unavailable, null },
        { "no plans listed", false, [], AddonAvailability.Unavailable, null },
        { "only a shield- plan inside, Private space", false, [P("shield-1", inside: true)], AddonAvailability.Unavailable, null },
        { "only a shield- plan inside plus an outside plan, Private space", false, [P("shield-1", inside: true), P("current", outside: true)], AddonAvailability.AvailableOutsideSpace, "current" },
        { "only a compliance plan inside, Private space", false, [P("secure-1", inside: true, compliance: ["HIPAA"])], AddonAvailability.Unavailable, null },
        { "shield- plan inside, Shield space", true, [P("shield-1", inside: true)], AddonAvailability.InstallableInSpace, "shield-1" },
        { "compliance plan inside, Shield space", true, [P("secure-1", inside: true, compliance: ["PCI"])], AddonAvailability.InstallableInSpace, "secure-1" },
        { "only a private-tier plan inside, Shield space", true, [P("private-1", inside: true)], AddonAvailability.Unavailable, null },
        { "private-tier plan inside and outside, Shield space", true, [P("current", inside: true, outside: true)], AddonAvailability.AvailableOutsideSpace, "current" },
    };

    public static TheoryData<string, bool, AddonPlanInfo[], string> ProposedPlans => new()
    {
        { "space default beats a cheaper plan", false, [P("a", inside: true, price: 100), P("b", inside: true, spaceDefault: true, price: 500)], "b" },
        { "cheapest when there is no space default", false, [P("c", inside: true, price: 300), P("a", inside: true, price: 100), P("b", inside: true, price: 200)], "a" },
        { "cheapest of several space defaults", false, [P("big", inside: true, spaceDefault: true, price: 900), P("small", inside: true, spaceDefault: true, price: 400)], "small" },
        { "equal prices break by name", false, [P("z-1", inside: true, price: 100), P("m-1", inside: true, price: 100)], "m-1" },
        { "Private space never takes a cheaper shield default", false, [P("shield-0", inside: true, spaceDefault: true, price: 10), P("private-0", inside: true, price: 999)], "private-0" },
        { "Shield space never takes a cheaper private default", true, [P("private-0", inside: true, spaceDefault: true, price: 10), P("shield-0", inside: true, price: 999)], "shield-0" },
        { "Shield space takes the shield space default", true, [P("shield-0", inside: true, spaceDefault: true, price: 500), P("shield-1", inside: true, price: 100)], "shield-0" },
    };

    public static TheoryData<string, string, string, AddonKind, DataStrategy> Strategies => new()
    {
        { "Postgres standard", "heroku-postgresql", "standard-0", AddonKind.Postgres, DataStrategy.Follower },
        { "Postgres premium", "heroku-postgresql", "premium-0", AddonKind.Postgres, DataStrategy.Follower },
        { "Postgres essential", "heroku-postgresql", "essential-0", AddonKind.Postgres, DataStrategy.CopyWithDowntime },
        { "Postgres legacy hobby", "heroku-postgresql", "hobby-dev", AddonKind.Postgres, DataStrategy.CopyWithDowntime },
        { "Redis", "heroku-redis", "premium-0", AddonKind.Redis, DataStrategy.Fork },
        { "Kafka", "heroku-kafka", "basic-0", AddonKind.Kafka, DataStrategy.GuidedManual },
        { "Fixie", "fixie", "tricycle", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "Fixie Socks", "fixie-socks", "handlebar", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "QuotaGuard Static", "quotaguardstatic", "starter", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "QuotaGuard", "quotaguard", "starter", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "Proximo", "proximo", "development", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "IPBurger", "ipburger", "basic", AddonKind.StaticOutboundIp, DataStrategy.ReplacedByNat },
        { "Papertrail", "papertrail", "choklad", AddonKind.Other, DataStrategy.Provision },
        { "unavailable service", "demo-legacy-cache", "dev", AddonKind.Other, DataStrategy.None },
    };

    [Theory]
    [MemberData(nameof(PlanFieldCombinations))]
    public void Plan_PlanFieldCombination_ClassifiesTheAddon(string row, bool shield, AddonPlanInfo[] plans, AddonAvailability availability, string? proposed)
    {
        var plan = OneAddon(shield, plans);

        var addon = Assert.Single(plan.Addons);
        Assert.True(availability == addon.Availability, $"{row}: {addon.Availability}");
        Assert.Equal(proposed, addon.ProposedPlan);
        Assert.Equal(availability == AddonAvailability.Unavailable, plan.Blockers.Any(b => b.Contains("demo-logs-1", StringComparison.Ordinal)));
        Assert.Equal(availability == AddonAvailability.AvailableOutsideSpace, plan.Warnings.Any(w => w.Contains("public internet", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ProposedPlans))]
    public void Plan_SeveralInstallablePlans_ProposesTheExpectedOne(string row, bool shield, AddonPlanInfo[] plans, string proposed)
    {
        var addon = Assert.Single(OneAddon(shield, plans).Addons);

        Assert.True(proposed == addon.ProposedPlan, $"{row}: {addon.ProposedPlan}");
        Assert.Equal(AddonAvailability.InstallableInSpace, addon.Availability);
    }

    [Theory]
    [MemberData(nameof(Strategies))]
    public void Plan_Service_HasKindAndStrategy(string row, string service, string currentPlan, AddonKind kind, DataStrategy strategy)
    {
        var plan = new DemoWorld()
            .WithAddons(Addon(service, currentPlan, "subject", "SUBJECT"))
            .Plan(new PlannerOptions { AllowPostgresCopyWithDowntime = true });

        var addon = Assert.Single(plan.Addons);
        Assert.True((kind, strategy) == (addon.Kind, addon.Strategy), $"{row}: {addon.Kind}, {addon.Strategy}");
        Assert.False(string.IsNullOrWhiteSpace(addon.Note));
    }

    [Fact]
    public void Plan_DemoWorldIntoPrivateSpace_ProposesPrivatePlansAndReplacesFixie()
    {
        var plan = new DemoWorld().Plan();

        AddonPlanRow[] expected =
        [
            new("postgresql-curved-24817", "heroku-postgresql", "standard-0", AddonKind.Postgres, AddonAvailability.InstallableInSpace, "private-0", DataStrategy.Follower, plan.Addons[0].Note),
            new("redis-graceful-51720", "heroku-redis", "premium-0", AddonKind.Redis, AddonAvailability.InstallableInSpace, "private-7", DataStrategy.Fork, plan.Addons[1].Note),
            new("fixie-lucid-30551", "fixie", "tricycle", AddonKind.StaticOutboundIp, AddonAvailability.AvailableOutsideSpace, null, DataStrategy.ReplacedByNat, plan.Addons[2].Note),
            new("papertrail-amber-11002", "papertrail", "choklad", AddonKind.Other, AddonAvailability.InstallableInSpace, "choklad", DataStrategy.Provision, plan.Addons[3].Note),
        ];

        Assert.Equal(expected, plan.Addons);
        Assert.Equal(["fixie-lucid-30551"], plan.ReplacedStaticIpAddons);
        Assert.Equal(["203.0.113.21", "203.0.113.22"], plan.NatIps);
    }

    [Fact]
    public void Plan_DemoWorldIntoShieldSpace_ProposesShieldPlansOnly()
    {
        var plan = new DemoWorld().InShieldSpace().Plan();

        Assert.Equal(["shield-0", "shield-7", null, "choklad"], plan.Addons.Select(a => a.ProposedPlan));
        Assert.Equal(AddonAvailability.AvailableOutsideSpace, plan.Addons[3].Availability);
        Assert.Contains(plan.Warnings, w => w.Contains("papertrail-amber-11002", StringComparison.Ordinal) && w.Contains("compliance", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_StaticIpServiceUnavailable_IsReplacedByNatWithoutBlocking()
    {
        var plan = new DemoWorld().WithPlans("fixie", ServicePlan("fixie", "tricycle")).Plan();

        var fixie = plan.Addons.Single(a => a.Service == "fixie");
        Assert.Equal((AddonAvailability.Unavailable, DataStrategy.ReplacedByNat, null), (fixie.Availability, fixie.Strategy, fixie.ProposedPlan));
        Assert.False(plan.IsBlocked, string.Join(" | ", plan.Blockers));
    }

    [Fact]
    public void Plan_ServiceMissingFromServicePlans_IsUnavailableAndSaysNoPlansWereFound()
    {
        var plan = new DemoWorld().WithoutPlans("papertrail").Plan();

        var papertrail = plan.Addons.Single(a => a.Service == "papertrail");
        Assert.Equal(AddonAvailability.Unavailable, papertrail.Availability);
        Assert.Contains("No plans were found", papertrail.Note, StringComparison.Ordinal);
        Assert.Contains(plan.Blockers, b => b.Contains("papertrail-amber-11002", StringComparison.Ordinal));
    }

    private static MigrationPlan OneAddon(bool shield, AddonPlanInfo[] plans)
    {
        var world = new DemoWorld().WithAddons(Addon(Service, "current", "demo-logs-1", "DEMO_LOGS")).WithPlans(Service, plans);
        return (shield ? world.InShieldSpace() : world).Plan();
    }

    private static AddonPlanInfo P(string name, bool inside = false, bool outside = false, bool spaceDefault = false, int price = 0, string[]? compliance = null) =>
        ServicePlan(Service, name, inside, outside, spaceDefault, price, compliance);

    [Fact]
    public void Plan_AddonBilledToAnotherApp_IsAttachedNotProvisionedWithAWarning()
    {
        var shared = Addon("heroku-postgresql", "standard-0", "postgresql-shared-1", "REPORTS_DB") with { BilledToSource = false };

        var plan = new DemoWorld().WithAddon(shared).Plan();

        var row = plan.Addons.Single(a => a.Name == "postgresql-shared-1");
        Assert.Equal((DataStrategy.AttachShared, (string?)null), (row.Strategy, row.ProposedPlan));
        Assert.Contains(plan.Warnings, w => w.Contains("postgresql-shared-1", StringComparison.Ordinal)
                                            && w.Contains("billed to another app", StringComparison.Ordinal)
                                            && w.Contains("REPORTS_DB", StringComparison.Ordinal));
        Assert.False(plan.IsBlocked);
    }
}
