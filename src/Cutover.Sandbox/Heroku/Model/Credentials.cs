namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Plausible, fake connection details an add-on exposes through its attachments' config vars.</summary>
internal static class Credentials
{
    public static Dictionary<string, string> For(SimWorld world, SimAddonService service, SimApp app)
    {
        var region = app.Region.ProviderRegion;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var suffix in service.ConfigVarSuffixes)
        {
            values[suffix] = (service.Data, suffix) switch
            {
                ("postgres", "_URL") => $"postgres://u{world.Hex(12)}:p{world.Hex(48)}@c{world.Hex(10)}.cluster-{world.Hex(12)}.{region}.rds.amazonaws.com:5432/d{world.Hex(12)}",
                ("redis", "_URL") => $"rediss://:p{world.Hex(48)}@ec2-{Ip(world)}.compute-1.amazonaws.com:{world.Random.Next(10_000, 32_000)}",
                ("kafka", "_URL") => string.Join(',', Enumerable.Range(0, 3).Select(_ => $"kafka+ssl://ec2-{Ip(world)}.compute-1.amazonaws.com:9096")),
                (_, "_URL") => $"http://{service.Name}:{world.Hex(24)}@proxy.{service.Name}.example.com:80",
                (_, "_CLIENT_CERT" or "_TRUSTED_CERT") => $"-----BEGIN CERTIFICATE-----\nMII{world.Hex(60)}\n-----END CERTIFICATE-----\n",
                (_, "_CLIENT_CERT_KEY") => $"-----BEGIN RSA PRIVATE KEY-----\nMII{world.Hex(60)}\n-----END RSA PRIVATE KEY-----\n",
                (_, "_SERVERS") => $"mc1.{service.Name}.example.com:11211",
                (_, "_USERNAME") => world.Hex(8),
                _ => world.Hex(32),
            };
        }

        return values;
    }

    private static string Ip(SimWorld world) =>
        $"{world.Random.Next(3, 54)}-{world.Random.Next(1, 255)}-{world.Random.Next(1, 255)}-{world.Random.Next(1, 255)}";
}
