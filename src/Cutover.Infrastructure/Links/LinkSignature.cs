using System.Security.Cryptography;

namespace Cutover.Infrastructure.Links;

/// <summary>
/// The HMAC-SHA256 of a link's subject (what it opens and until when) under <c>CUTOVER_LINK_SECRET</c>, as lower-case
/// hex: no character a chat renderer treats as markup (an underscore at a word's edge, say), so a link survives as sent.
/// </summary>
public static class LinkSignature
{
    public static string Sign(string? secret, string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret ?? string.Empty), Encoding.UTF8.GetBytes(subject));
        return Convert.ToHexStringLower(mac);
    }

    /// <summary>Whether <paramref name="signature"/> is <paramref name="subject"/>'s, compared in constant time.</summary>
    public static bool Matches(string? secret, string subject, string? signature) =>
        !string.IsNullOrEmpty(signature)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, subject)), Encoding.ASCII.GetBytes(signature));
}
