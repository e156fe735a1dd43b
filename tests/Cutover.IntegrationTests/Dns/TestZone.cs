namespace Cutover.IntegrationTests.Dns;

/// <summary>
/// A zone as a test wants it served: the SOA and NS (<c>ns1.&lt;origin&gt;</c> with glue 127.0.0.1) are written
/// for it; the test sets the records. Rendered as an RFC 1035 zone file with a serial that only grows.
/// </summary>
public sealed class TestZone(string origin)
{
    private readonly List<(string Name, int Ttl, string Type, string Data)> _records = [];

    /// <summary>The zone's domain without the trailing dot, e.g. <c>example.test</c>.</summary>
    public string Origin { get; } = origin.TrimEnd('.');

    /// <summary>The NS host the zone names (its glue is 127.0.0.1).</summary>
    public string NameServer => $"ns1.{Origin}";

    /// <summary>
    /// example.com with the demo app's custom domains (src/Cutover.Sandbox/Heroku/seed.yaml) as CNAMEs to demo-app:
    /// <c>www.demo-app</c> with <paramref name="wwwTtl"/> and <c>api.demo-app</c> with <paramref name="apiTtl"/>, in seconds.
    /// </summary>
    public static TestZone DemoApp(int wwwTtl, int apiTtl) => new TestZone("example.com")
        .Set("www.demo-app", "CNAME", "demo-app.herokuapp.com.", wwwTtl)
        .Set("api.demo-app", "CNAME", "demo-app.herokuapp.com.", apiTtl);

    /// <summary>Adds or replaces the records of <paramref name="name"/> (relative, or <c>@</c>) of that type.</summary>
    public TestZone Set(string name, string type, string data, int ttl)
    {
        _records.RemoveAll(r => r.Name == name && r.Type == type);
        _records.Add((name, ttl, type, data));
        return this;
    }

    /// <summary>Removes every record of <paramref name="name"/>.</summary>
    public TestZone Remove(string name)
    {
        _records.RemoveAll(r => r.Name == name);
        return this;
    }

    internal string Render(long serial)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"$ORIGIN {Origin}.\n$TTL 3600\n");
        text.Append(CultureInfo.InvariantCulture, $"@ 3600 IN SOA {NameServer}. hostmaster.{Origin}. {serial} 3600 600 86400 60\n");
        text.Append(CultureInfo.InvariantCulture, $"@ 3600 IN NS {NameServer}.\n");
        text.Append("ns1 3600 IN A 127.0.0.1\n");
        foreach (var (name, ttl, type, data) in _records)
            text.Append(CultureInfo.InvariantCulture, $"{name} {ttl} IN {type} {data}\n");
        return text.ToString();
    }
}
