namespace Cutover.Sandbox.Heroku.Model;

/// <summary>
/// Name-based UUIDs for seeded resources, so catalogue and seed ids stay the same across restarts and
/// resets (as Heroku's do); resources created at run time get random ones.
/// </summary>
internal static class StableId
{
    public static Guid For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"cutover-sandbox/{kind}/{name}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50); // version 5-style
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
