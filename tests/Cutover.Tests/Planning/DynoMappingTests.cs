namespace Cutover.Tests.Planning;

public class DynoMappingTests
{
    public static TheoryData<string, bool, string, string> Sizes => new()
    {
        { "Eco", false, "Eco", "Private-S" },
        { "Basic", false, "Basic", "Private-S" },
        { "Standard-1X", false, "Standard-1X", "Private-S" },
        { "Standard-2X", false, "Standard-2X", "Private-S" },
        { "Performance-M", false, "Performance-M", "Private-M" },
        { "Performance-L", false, "Performance-L", "Private-L" },
        { "Performance-L-RAM", false, "Performance-L-RAM", "Private-L-RAM" },
        { "Performance-XL", false, "Performance-XL", "Private-XL" },
        { "Performance-2XL", false, "Performance-2XL", "Private-2XL" },
        { "lower-case as in app.json", false, "performance-m", "Private-M" },
        { "already Private", false, "Private-M", "Private-M" },
        { "Shield into a Private space", false, "Shield-L", "Private-L" },
        { "Eco, Shield", true, "Eco", "Shield-S" },
        { "Standard-2X, Shield", true, "Standard-2X", "Shield-S" },
        { "Performance-M, Shield", true, "Performance-M", "Shield-M" },
        { "Performance-L, Shield", true, "Performance-L", "Shield-L" },
        { "Performance-L-RAM, Shield", true, "Performance-L-RAM", "Shield-L-RAM" },
        { "Performance-XL, Shield", true, "Performance-XL", "Shield-XL" },
        { "Performance-2XL, Shield", true, "Performance-2XL", "Shield-2XL" },
        { "Private into a Shield space", true, "Private-2XL", "Shield-2XL" },
        { "legacy 1X by memory", false, "1X", "Private-S" },
        { "legacy PX (6 GB) by memory", false, "PX", "Private-L" },
        { "Fir Performance-M-Classic by memory", false, "Performance-M-Classic", "Private-M" },
    };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Plan_SourceSize_MapsToTheSpaceTier(string row, bool shield, string from, string to)
    {
        var world = new DemoWorld().WithFormation(new FormationEntry("web", 3, from));

        var plan = (shield ? world.InShieldSpace() : world).Plan();

        var mapping = Assert.Single(plan.Dynos);
        Assert.True(new DynoMapping("web", from, to, 3) == mapping, $"{row}: {mapping}");
        Assert.Empty(plan.Blockers);
    }

    [Fact]
    public void Plan_DemoWorld_MapsBothProcessTypesToPrivateS()
    {
        var plan = new DemoWorld().Plan();

        Assert.Equal([new("web", "Standard-2X", "Private-S", 2), new DynoMapping("worker", "Standard-1X", "Private-S", 1)], plan.Dynos);
    }

    [Fact]
    public void Plan_MappedSizeMissingFromTheSpace_BlocksNamingProcessAndSizes()
    {
        var plan = new DemoWorld()
            .WithFormation(new("web", 2, "Standard-2X"), new("worker", 1, "Performance-L"))
            .WithDynoSizes("Private-S", "Private-M")
            .Plan();

        Assert.Equal(
            ["Process type worker (Performance-L) maps to Private-L, which space demo-space does not offer: "
             + "choose a space that offers Private-L or resize worker on the source app, then plan again."],
            plan.Blockers);
        Assert.Equal("Private-L", plan.Dynos[1].ToSize);
    }

    [Fact]
    public void Plan_ShieldSizeInAPrivateOnlyCatalogue_Blocks()
    {
        var plan = new DemoWorld().InShieldSpace().WithDynoSizes(DemoWorld.PrivateSizes).Plan();

        Assert.Equal(2, plan.Blockers.Count);
        Assert.All(plan.Blockers, b => Assert.Contains("maps to Shield-S", b, StringComparison.Ordinal));
    }
}
