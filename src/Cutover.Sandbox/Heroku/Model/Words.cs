namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Word lists for Heroku-style generated names (apps, add-ons, DNS targets, SNI endpoints, colours).</summary>
internal static class Words
{
    public static readonly IReadOnlyList<string> Adjectives =
    [
        "amber", "brave", "calm", "curved", "dapper", "eager", "fluffy", "gentle", "graceful", "hidden", "infinite",
        "jolly", "lucid", "mellow", "nimble", "polar", "quiet", "rugged", "shaped", "silent", "solid", "tidy",
        "vast", "whispering", "young",
    ];

    public static readonly IReadOnlyList<string> Nouns =
    [
        "brook", "canyon", "cloud", "dawn", "dune", "ember", "field", "forest", "glacier", "harbor", "island",
        "lake", "meadow", "mountain", "ocean", "plateau", "river", "shore", "sky", "spring", "star", "willow",
    ];

    public static readonly IReadOnlyList<string> Dinosaurs =
    [
        "allosaurus", "ankylosaurus", "brachiosaurus", "diplodocus", "iguanodon", "pachycephalosaurus",
        "parasaurolophus", "stegosaurus", "triceratops", "velociraptor",
    ];

    public static readonly IReadOnlyList<string> Colors =
    [
        "ROSE", "AMBER", "BLUE", "COBALT", "CRIMSON", "GOLD", "GRAY", "GREEN", "IVORY", "JADE", "MAROON", "NAVY",
        "OLIVE", "ONYX", "ORANGE", "PINK", "PURPLE", "RED", "SILVER", "TEAL", "WHITE", "YELLOW", "AQUA", "BRONZE",
    ];
}
