namespace Cutover.Core.Planning;

/// <summary>
/// Maps a Common Runtime dyno size to the Private-* or Shield-* size with the same memory or more
/// (<see href="https://devcenter.heroku.com/articles/dyno-types">dyno types</see>), and checks the space offers it.
/// </summary>
internal static class DynoSizeMap
{
    /// <summary>Space tiers, smallest first, with memory in GB (DC:dyno-types).</summary>
    private static readonly (string Tier, double MemoryGb)[] Tiers =
    [
        ("S", 1), ("M", 2.5), ("L", 14), ("L-RAM", 30), ("XL", 62), ("2XL", 126),
    ];

    /// <summary>Current Common Runtime sizes and their tier; Private-*/Shield-* sizes are added from <see cref="Tiers"/>.</summary>
    private static readonly Dictionary<string, string> KnownSizes = BuildKnownSizes();

    /// <summary>Legacy and other-generation sizes Cutover knows only by memory (GB).</summary>
    private static readonly Dictionary<string, double> SizesByMemory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Free"] = 0.5,
        ["Hobby"] = 0.5,
        ["1X"] = 0.5,
        ["2X"] = 1,
        ["PX"] = 6,
        ["1X-Classic"] = 0.5,
        ["2X-Classic"] = 1,
        ["Performance-M-Classic"] = 2.5,
        ["Performance-L-Classic"] = 14,
    };

    public static DynoMapping Map(FormationEntry entry, TargetSnapshot target, ICollection<string> warnings, ICollection<string> blockers)
    {
        var prefix = target.Shield ? "Shield-" : "Private-";
        string? to = null;
        if (KnownSizes.TryGetValue(entry.Size, out var tier))
        {
            to = prefix + tier;
        }
        else if (SizesByMemory.TryGetValue(entry.Size, out var memory))
        {
            var (byMemory, tierMemory) = Tiers.FirstOrDefault(t => t.MemoryGb >= memory);
            if (byMemory is not null)
            {
                to = prefix + byMemory;
                warnings.Add($"Process type {entry.Type} runs on {entry.Size}, which has no direct equivalent: it is mapped by memory "
                             + $"({Gb(memory)} GB) to {to} ({Gb(tierMemory)} GB).");
            }
        }

        if (to is null)
        {
            blockers.Add($"Process type {entry.Type} runs on dyno size {entry.Size}, which has no Private Space equivalent: "
                         + "resize it to a Standard or Performance size, then plan again.");
            return new DynoMapping(entry.Type, entry.Size, null, entry.Quantity);
        }

        if (!target.DynoSizes.Contains(to, StringComparer.OrdinalIgnoreCase))
        {
            blockers.Add($"Process type {entry.Type} ({entry.Size}) maps to {to}, which space {target.Name} does not offer: "
                         + $"choose a space that offers {to} or resize {entry.Type} on the source app, then plan again.");
        }

        return new DynoMapping(entry.Type, entry.Size, to, entry.Quantity);
    }

    private static Dictionary<string, string> BuildKnownSizes()
    {
        var sizes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Eco"] = "S",
            ["Basic"] = "S",
            ["Standard-1X"] = "S",
            ["Standard-2X"] = "S",
        };
        foreach (var (tier, _) in Tiers.Skip(1))
            sizes[$"Performance-{tier}"] = tier;
        foreach (var (tier, _) in Tiers)
        {
            sizes[$"Private-{tier}"] = tier;
            sizes[$"Shield-{tier}"] = tier;
        }

        return sizes;
    }

    private static string Gb(double memory) => memory.ToString("0.#", CultureInfo.InvariantCulture);
}
