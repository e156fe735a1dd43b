using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Cutover.Tools.TeamsAppPackage;

/// <summary>
/// Builds the Teams app package: <c>manifest.json</c>, <c>color.png</c> (192×192) and <c>outline.png</c> (32×32) at
/// the root of a zip. The manifest in the repository holds valid placeholder values, replaced here:
/// <list type="bullet">
/// <item><see cref="BotIdPlaceholder"/> → <c>MicrosoftAppId</c>;</item>
/// <item><see cref="TeamsAppIdPlaceholder"/> → <c>TEAMS_APP_ID</c> (defaults to <c>MicrosoftAppId</c>);</item>
/// <item><see cref="BaseUrlPlaceholder"/> → <c>CUTOVER_BASE_URL</c> (without trailing slash).</item>
/// </list>
/// </summary>
internal static class AppPackageBuilder
{
    public const string BotIdPlaceholder = "00000000-0000-0000-0000-000000000000";
    public const string TeamsAppIdPlaceholder = "11111111-1111-4111-8111-111111111111";
    public const string BaseUrlPlaceholder = "https://cutover.example.com";

    private static readonly (string File, int Size)[] Icons = [("color.png", 192), ("outline.png", 32)];

    /// <summary>Writes the package to <paramref name="output"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static void Build(string manifestDirectory, PackageSettings settings, Stream output)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var manifest = Substitute(File.ReadAllText(Path.Combine(manifestDirectory, "manifest.json")), settings);
        foreach (var (file, size) in Icons)
            RequirePng(Path.Combine(manifestDirectory, file), size);

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            writer.Write(manifest);
        foreach (var (file, _) in Icons)
            zip.CreateEntryFromFile(Path.Combine(manifestDirectory, file), file);
    }

    /// <summary>The manifest text with every placeholder replaced; refuses ids that are not GUIDs and non-https URLs.</summary>
    public static string Substitute(string manifest, PackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(settings);
        RequireGuid(settings.MicrosoftAppId, "MicrosoftAppId");
        RequireGuid(settings.TeamsAppId, "TEAMS_APP_ID");
        if (settings.BaseUrl is not { IsAbsoluteUri: true } || settings.BaseUrl.Scheme != Uri.UriSchemeHttps)
            throw new InvalidDataException($"CUTOVER_BASE_URL must be an absolute https URL; got '{settings.BaseUrl}'.");

        var text = manifest
            .Replace(BotIdPlaceholder, settings.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            .Replace(TeamsAppIdPlaceholder, settings.TeamsAppId, StringComparison.OrdinalIgnoreCase)
            .Replace(BaseUrlPlaceholder, settings.BaseUrl.AbsoluteUri.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        if (JsonNode.Parse(text) is not JsonObject)
            throw new InvalidDataException("manifest.json is not a JSON object.");
        return text;
    }

    /// <summary>Reads width and height from the PNG's IHDR chunk.</summary>
    public static (int Width, int Height) PngSize(ReadOnlySpan<byte> png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png[..8].SequenceEqual(signature) || !png.Slice(12, 4).SequenceEqual("IHDR"u8))
            throw new InvalidDataException("not a PNG file");
        return (BinaryPrimitives.ReadInt32BigEndian(png.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.Slice(20, 4)));
    }

    private static void RequirePng(string path, int size)
    {
        var (width, height) = PngSize(File.ReadAllBytes(path));
        if (width != size || height != size)
            throw new InvalidDataException($"{Path.GetFileName(path)} must be {size}×{size}; it is {width}×{height}.");
    }

    private static void RequireGuid(string value, string name)
    {
        if (!Guid.TryParseExact(value, "D", out _))
            throw new InvalidDataException($"{name} must be a GUID like 6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a; got '{value}'.");
    }
}
