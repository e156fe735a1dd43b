namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>An add-on plan and where it may be installed.</summary>
internal sealed class SeedPlan
{
    public string Name { get; set; } = string.Empty;

    public string HumanName { get; set; } = string.Empty;

    /// <summary>Price in cents per month.</summary>
    public int Price { get; set; }

    /// <summary><c>installable_inside_private_network</c>: may be installed on a Private Space app.</summary>
    public bool Inside { get; set; }

    /// <summary><c>installable_outside_private_network</c>: may be installed on a Common Runtime app.</summary>
    public bool Outside { get; set; }

    public bool Default { get; set; }

    public bool SpaceDefault { get; set; }

    /// <summary><c>common</c>, <c>private</c> or <c>shield</c>: data plans must match the space kind.</summary>
    public string Tier { get; set; } = "common";

    /// <summary>Creating it needs <c>"confirm": "&lt;app&gt;"</c>.</summary>
    public bool Confirm { get; set; }

    /// <summary>A database on this plan can lead a follower.</summary>
    public bool Followable { get; set; } = true;

    public List<string>? Compliance { get; set; }
}
