using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>Reads the seed YAML: the embedded <c>seed.yaml</c>, or a file given by path.</summary>
internal static class SeedReader
{
    public const string EmbeddedName = "Cutover.Sandbox.Heroku.seed.yaml";

    public static SeedDocument Read(string? path)
    {
        var text = path is null ? ReadEmbedded() : File.ReadAllText(path);
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            return deserializer.Deserialize<SeedDocument?>(text) ?? new SeedDocument();
        }
        catch (YamlException exception)
        {
            throw new InvalidOperationException($"Heroku simulator seed {path ?? EmbeddedName} is not valid: {exception.Message} {exception.InnerException?.Message}", exception);
        }
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(SeedReader).Assembly.GetManifestResourceStream(EmbeddedName)
            ?? throw new InvalidOperationException($"The embedded seed {EmbeddedName} is missing from {typeof(SeedReader).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
