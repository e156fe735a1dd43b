using static Cutover.Tests.Planning.DemoWorld;

namespace Cutover.Tests.Planning;

public class PlannerBlockerTests
{
    public static TheoryData<string, ReleaseInfo?, string> UnusableReleases => new()
    {
        { "never released", null, "has never been released" },
        { "current release failed", new ReleaseInfo(13, "failed", "slug-1", "heroku-24"), "v13 is failed, not succeeded" },
        { "current release pending", new ReleaseInfo(13, "pending", "slug-1", "heroku-24"), "v13 is pending, not succeeded" },
        { "succeeded release without a slug", new ReleaseInfo(1, "succeeded", null, null), "v1 has no slug" },
    };

    [Fact]
    public void Plan_DemoWorld_IsNotBlocked()
    {
        var plan = new DemoWorld().Plan();

        Assert.False(plan.IsBlocked);
        Assert.Empty(plan.Blockers);
    }

    [Fact]
    public void Plan_SpaceStillAllocating_BlocksAndSaysToWait()
    {
        var plan = new DemoWorld().WithSpaceState("allocating").Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.Contains("demo-space is still allocating", blocker, StringComparison.Ordinal);
        Assert.Contains("wait until it is allocated", blocker, StringComparison.Ordinal);
        Assert.True(plan.IsBlocked);
    }

    [Fact]
    public void Plan_SpaceBeingDeleted_BlocksAndSaysToChooseAnother()
    {
        var plan = new DemoWorld().WithSpaceState("deleting").Plan();

        Assert.Equal(["Space demo-space is being deleted: choose another space."], plan.Blockers);
    }

    [Theory]
    [InlineData("cedar", "fir", "demo-app is a Cedar app and space demo-space is a Fir space")]
    [InlineData("fir", "cedar", "demo-app is a Fir app and space demo-space is a Cedar space")]
    public void Plan_GenerationMismatch_RefusesAcrossGenerations(string app, string space, string expected)
    {
        var plan = new DemoWorld().WithAppGeneration(app).WithSpaceGeneration(space).Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.StartsWith(expected, blocker, StringComparison.Ordinal);
        Assert.Contains("does not migrate across generations", blocker, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_SameGenerationInOtherCase_IsNotAMismatch()
    {
        var plan = new DemoWorld().WithSpaceGeneration("Cedar").Plan();

        Assert.False(plan.IsBlocked, string.Join(" | ", plan.Blockers));
    }

    [Fact]
    public void Plan_AppAlreadyInASpace_Blocks()
    {
        var plan = new DemoWorld().WithAppInSpace("old-space").Plan();

        Assert.Equal(["demo-app already runs in space old-space: Cutover migrates apps from the Common Runtime only."], plan.Blockers);
    }

    [Theory]
    [MemberData(nameof(UnusableReleases))]
    public void Plan_NoSucceededReleaseWithSlug_Blocks(string row, ReleaseInfo? release, string expected)
    {
        var plan = new DemoWorld().WithRelease(release).Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.True(blocker.Contains(expected, StringComparison.Ordinal), $"{row}: {blocker}");
    }

    [Fact]
    public void Plan_EssentialPostgres_BlocksByDefault()
    {
        var plan = new DemoWorld().WithAddons(Addon("heroku-postgresql", "essential-0", "postgresql-fluffy-60213", "DATABASE")).Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.StartsWith("postgresql-fluffy-60213 (heroku-postgresql:essential-0) is on an Essential-tier plan that cannot be followed", blocker, StringComparison.Ordinal);
        Assert.Contains("allow Postgres copy with downtime", blocker, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Warnings, w => w.Contains("downtime", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_EssentialPostgresWithCopyAllowed_WarnsAboutDowntimeInstead()
    {
        var plan = new DemoWorld()
            .WithAddons(Addon("heroku-postgresql", "essential-0", "postgresql-fluffy-60213", "DATABASE"))
            .Plan(new PlannerOptions { AllowPostgresCopyWithDowntime = true });

        Assert.Empty(plan.Blockers);
        Assert.Contains(plan.Warnings, w => w.StartsWith("postgresql-fluffy-60213", StringComparison.Ordinal) && w.Contains("expect downtime", StringComparison.Ordinal));
        Assert.Equal((DataStrategy.CopyWithDowntime, "private-0"), (plan.Addons[0].Strategy, plan.Addons[0].ProposedPlan));
    }

    [Fact]
    public void Plan_UnavailableAddon_BlocksNamingIt()
    {
        var plan = new DemoWorld().WithAddon(Addon("demo-legacy-cache", "dev", "legacy-cache-tidy-90412", "LEGACY_CACHE", "LEGACY_CACHE_SERVERS")).Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.Equal(
            "legacy-cache-tidy-90412 (demo-legacy-cache:dev) cannot be provisioned for an app in space demo-space: "
            + "remove it from the source app or replace it with an add-on available to Private Spaces, then plan again.",
            blocker);
        Assert.Equal((AddonAvailability.Unavailable, DataStrategy.None, null), (plan.Addons[^1].Availability, plan.Addons[^1].Strategy, plan.Addons[^1].ProposedPlan));
    }

    [Fact]
    public void Plan_UnmappableDynoSize_BlocksNamingProcessAndSize()
    {
        var plan = new DemoWorld().WithFormation(new("web", 2, "Standard-2X"), new("clock", 1, "Turbo-9X")).Plan();

        var blocker = Assert.Single(plan.Blockers);
        Assert.StartsWith("Process type clock runs on dyno size Turbo-9X, which has no Private Space equivalent", blocker, StringComparison.Ordinal);
        Assert.Null(plan.Dynos[1].ToSize);
    }

    [Theory]
    [InlineData("a-twenty-eight-char-app-name", "-ps", "a-twenty-eight-char-app-name-ps is 31 characters, over Heroku's 30")]
    [InlineData("demo-app", "-migrated-into-private-space", "demo-app-migrated-into-private-space is 36 characters, over Heroku's 30")]
    [InlineData("demo-app", "_ps", "demo-app_ps is not a valid Heroku app name")]
    [InlineData("demo-app", "-", "demo-app- is not a valid Heroku app name")]
    [InlineData("demo-app", "", "demo-app is the source app's own name")]
    public void Plan_UnusableTargetName_BlocksAndSaysToConfigureTheSuffix(string app, string suffix, string expected)
    {
        var plan = new DemoWorld().WithAppName(app).Plan(new PlannerOptions { TargetAppSuffix = suffix });

        var blocker = Assert.Single(plan.Blockers);
        Assert.Contains(expected, blocker, StringComparison.Ordinal);
        Assert.Contains("configure", blocker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo-app", "-ps", "demo-app-ps")]
    [InlineData("demo-app", "-private", "demo-app-private")]
    [InlineData("a-twenty-seven-char-app-nam", "-ps", "a-twenty-seven-char-app-nam-ps")]
    public void Plan_TargetName_IsSourcePlusSuffix(string app, string suffix, string expected)
    {
        var plan = new DemoWorld().WithAppName(app).Plan(new PlannerOptions { TargetAppSuffix = suffix });

        Assert.Equal(expected, plan.TargetApp);
        Assert.Empty(plan.Blockers);
    }

    [Fact]
    public void Plan_EverythingWrong_ListsEveryBlockerAsOneSentence()
    {
        var plan = new DemoWorld()
            .WithAppName("a-twenty-eight-char-app-name")
            .WithAppInSpace("old-space")
            .WithSpaceState("allocating")
            .WithSpaceGeneration("fir")
            .WithRelease(null)
            .WithAddons(
                Addon("heroku-postgresql", "essential-0", "postgresql-fluffy-60213", "DATABASE"),
                Addon("demo-legacy-cache", "dev", "legacy-cache-tidy-90412", "LEGACY_CACHE"))
            .WithFormation(new("web", 1, "Turbo-9X"), new("worker", 1, "Performance-XL"))
            .WithDynoSizes("Private-S")
            .Plan();

        Assert.Equal(9, plan.Blockers.Count);
        Assert.All(plan.Blockers.Concat(plan.Warnings), OneSentence);
    }

    internal static void OneSentence(string message)
    {
        Assert.EndsWith(".", message, StringComparison.Ordinal);
        Assert.DoesNotContain(". ", message, StringComparison.Ordinal);
        Assert.True(char.IsLetter(message[0]), message);
    }
}
