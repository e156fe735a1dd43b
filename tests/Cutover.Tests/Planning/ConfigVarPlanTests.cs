using static Cutover.Tests.Planning.DemoWorld;

namespace Cutover.Tests.Planning;

public class ConfigVarPlanTests
{
    [Fact]
    public void Plan_DemoWorld_CopiesOnlyVarsNoAddonOwns()
    {
        var plan = new DemoWorld().Plan();

        Assert.Equal(AppConfigVars, plan.ConfigVarsToCopy);
        Assert.Equal(5, plan.ConfigVarCount);
        Assert.DoesNotContain("DATABASE_URL", plan.ConfigVarsToCopy);
        Assert.DoesNotContain("REDIS_URL", plan.ConfigVarsToCopy);
        Assert.DoesNotContain("FIXIE_URL", plan.ConfigVarsToCopy);
        Assert.DoesNotContain("PAPERTRAIL_API_TOKEN", plan.ConfigVarsToCopy);
    }

    [Fact]
    public void Plan_AddonOwningSeveralVars_ExcludesEveryOneOfThem()
    {
        var plan = new DemoWorld()
            .WithAddons(Addon("heroku-postgresql", "standard-0", "postgresql-curved-24817", "DATABASE", "DATABASE_URL", "HEROKU_POSTGRESQL_GREEN_URL"))
            .Plan();

        Assert.Equal(AppConfigVars, plan.ConfigVarsToCopy);
    }

    [Fact]
    public void Plan_VarNamedLikeAnAddonVarButNotOwned_IsCopied()
    {
        var plan = new DemoWorld().WithAddons(Addon("papertrail", "choklad", "papertrail-amber-11002", "PAPERTRAIL", "PAPERTRAIL_API_TOKEN"))
            .WithConfigVar("REDIS_URL")
            .Plan();

        Assert.Equal([.. AppConfigVars, "REDIS_URL"], plan.ConfigVarsToCopy);
        Assert.Equal(6, plan.ConfigVarCount);
    }

    [Fact]
    public void Plan_OwnershipIsCaseSensitive_LikeHerokuConfigVarNames()
    {
        var plan = new DemoWorld()
            .WithAddons(Addon("papertrail", "choklad", "papertrail-amber-11002", "PAPERTRAIL", "sentry_dsn"))
            .Plan();

        Assert.Contains("SENTRY_DSN", plan.ConfigVarsToCopy);
        Assert.DoesNotContain("sentry_dsn", plan.ConfigVarsToCopy);
    }

    [Fact]
    public void Plan_DemoWorld_MovesBothCustomDomains()
    {
        var plan = new DemoWorld().Plan();

        Assert.Equal(["www.demo-app.example.com", "api.demo-app.example.com"], plan.Domains.Select(d => d.Hostname));
    }
}
