namespace Cutover.Tests.Monitoring;

/// <summary>Heroku log lines in the log-session format, for summariser tests.</summary>
internal static class LogLines
{
    public static readonly DateTimeOffset Start = new(2026, 3, 5, 18, 0, 0, TimeSpan.Zero);

    public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static string Router(DateTimeOffset at, int status, int? serviceMs, string? code = null, string dyno = "web.1")
    {
        var head = code is null ? "at=info" : $"at=error code={code} desc=\"{code} happened\"";
        var service = serviceMs is { } ms ? $"{ms}ms" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Stamp(at)} heroku[router]: {head} method=GET path=\"/orders?q=a b\" host=shop.example.com request_id=5b9a3c1e-8f4d-4a57-9a0e-3d2c1b0a9f81 fwd=\"203.0.113.7\" dyno={dyno} connect=1ms service={service} status={status} bytes=120 protocol=https");
    }

    public static string Memory(DateTimeOffset at, string dyno, double totalMb, double quotaMb) => string.Create(CultureInfo.InvariantCulture,
        $"{Stamp(at)} heroku[{dyno}]: source={dyno} dyno=heroku.1.abc sample#memory_total={totalMb:0.00}MB sample#memory_rss={totalMb:0.00}MB sample#memory_quota={quotaMb:0.00}MB");

    public static string Load(DateTimeOffset at, string dyno, double load) => string.Create(CultureInfo.InvariantCulture,
        $"{Stamp(at)} heroku[{dyno}]: source={dyno} dyno=heroku.1.abc sample#load_avg_1m={load:0.00} sample#load_avg_5m={load:0.00}");

    public static string State(DateTimeOffset at, string dyno, string from, string to) =>
        $"{Stamp(at)} heroku[{dyno}]: State changed from {from} to {to}";

    public static string RuntimeError(DateTimeOffset at, string dyno, string code) =>
        $"{Stamp(at)} heroku[{dyno}]: Error {code} (Memory quota exceeded)";
}
