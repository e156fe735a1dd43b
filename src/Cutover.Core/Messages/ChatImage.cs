namespace Cutover.Core.Messages;

/// <summary>A picture that goes with a message (a health report's chart): PNG bytes, a file name and the text it says.</summary>
public sealed record ChatImage(string FileName, string AltText, ReadOnlyMemory<byte> Png)
{
    /// <summary>A signed, expiring address the same picture is served at, for platforms that show it by URL; null when Cutover has no public address.</summary>
    public Uri? Link { get; init; }
}
