namespace Cutover.Sandbox.Heroku.Logs;

/// <summary>
/// Realistic log lines for a session: router lines (status mix, connect/service times, the odd H12, H13 and
/// H10; H80 in maintenance, H14 with no web dynos), app lines from running dynos, and runtime-metrics samples
/// when <c>log-runtime-metrics</c> is on (Cedar only). Deterministic per session: the session's recent lines, and
/// for a tail the lines of each later stretch of time as it passes.
/// </summary>
internal static class LogLineGenerator
{
    private static readonly string[] Paths = ["/", "/api/orders", "/api/orders/1842", "/api/orders?page=2", "/login", "/health", "/assets/app.js", "/api/cart", "/reports/export"];

    public static List<string> Generate(SimWorld world, SimLogSession session)
    {
        var random = new Random(BitConverter.ToInt32(session.Id.ToByteArray(), 0));
        var app = session.App;
        var running = app.Dynos.Where(d => d.State == "up").ToList();
        var producers = Producers(app, running, session).ToList();
        var count = Math.Min(1500, session.Lines);
        var lines = new List<string>(count);
        if (producers.Count == 0)
            return lines;
        var totalWeight = producers.Sum(p => p.Weight);
        // Recent lines end at the latest just now: a tail's new lines follow them in time.
        var gaps = Enumerable.Range(0, count).Select(_ => TimeSpan.FromMilliseconds(random.Next(200, 1200))).ToList();
        var at = world.Now - gaps.Aggregate(TimeSpan.Zero, (sum, gap) => sum + gap);
        for (var i = 0; i < count; i++)
        {
            at += gaps[i];
            var pick = random.Next(totalWeight);
            var producer = producers.First(p => (pick -= p.Weight) < 0);
            lines.Add($"{at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00:00 {producer.Write(random)}");
        }

        return lines;
    }

    /// <summary>
    /// The traffic from the line due at <paramref name="next"/> up to <paramref name="to"/>, a line every 0.2–1.2 s,
    /// and when the line after them is due: a tail asks stretch by stretch and the lines run on without a seam.
    /// </summary>
    public static (List<string> Lines, DateTimeOffset Next) Between(SimLogSession session, DateTimeOffset next, DateTimeOffset to)
    {
        var random = new Random(BitConverter.ToInt32(session.Id.ToByteArray(), 0) ^ next.UtcTicks.GetHashCode());
        var running = session.App.Dynos.Where(d => d.State == "up").ToList();
        var producers = Producers(session.App, running, session).ToList();
        var lines = new List<string>();
        var totalWeight = producers.Sum(p => p.Weight);
        for (; next <= to; next += TimeSpan.FromMilliseconds(random.Next(200, 1200)))
        {
            if (producers.Count == 0 || lines.Count >= 1500)
                continue;
            var pick = random.Next(totalWeight);
            var producer = producers.First(p => (pick -= p.Weight) < 0);
            lines.Add($"{next.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)}+00:00 {producer.Write(random)}");
        }

        return (lines, next);
    }

    private static IEnumerable<(int Weight, Func<Random, string> Write)> Producers(SimApp app, List<SimDyno> running, SimLogSession session)
    {
        bool Wanted(string source, string dyno, string type) =>
            (session.Source is null || session.Source == source)
            && (session.DynoName is null || session.DynoName == dyno)
            && (session.Type is null || session.Type == type);

        var web = running.Where(d => d.Type == "web").ToList();
        if (app.Formation.Any(f => f.Type == "web") && Wanted("heroku", "router", "router"))
            yield return (6, r => "heroku[router]: " + RouterLine(app, web, r));
        foreach (var dyno in running.Where(d => Wanted("app", d.Name, d.Type)))
            yield return (Math.Max(1, 3 / Math.Max(1, running.Count)), r => $"app[{dyno.Name}]: {AppLine(app, dyno, r)}");
        if (app.Features.Contains("log-runtime-metrics") && !app.Generation.IsFir)
        {
            foreach (var dyno in running.Where(d => Wanted("heroku", d.Name, d.Type)))
                yield return (1, r => $"heroku[{dyno.Name}]: {MetricsLine(app, dyno, r)}");
        }
    }

    private static string RouterLine(SimApp app, List<SimDyno> web, Random random)
    {
        var host = app.Domains.FirstOrDefault(d => d.Kind == "custom")?.Hostname ?? app.WebHost;
        var path = Paths[random.Next(Paths.Length)];
        var method = path == "/api/orders" && random.Next(3) == 0 ? "POST" : "GET";
        var common = $"method={method} path=\"{path}\" host={host} request_id={RequestId(random)} fwd=\"{Fwd(random)}\"";
        if (app.Maintenance)
            return $"at=info code=H80 desc=\"Maintenance mode\" {common} dyno= connect= service= status=503 bytes= protocol=https";
        if (web.Count == 0)
        {
            return app.Dynos.Any(d => d.Type == "web" && d.State == "crashed")
                ? $"at=error code=H10 desc=\"App crashed\" {common} dyno= connect= service= status=503 bytes= protocol=https"
                : $"at=error code=H14 desc=\"No web processes running\" {common} dyno= connect= service= status=503 bytes= protocol=https";
        }

        var dyno = web[random.Next(web.Count)].Name;
        var roll = random.Next(1000);
        var connect = random.Next(0, 3);
        if (roll < 15)
            return $"at=error code=H12 desc=\"Request timeout\" {common} dyno={dyno} connect={connect}ms service=30000ms status=503 bytes=0 protocol=https";
        if (roll < 22)
            return $"at=error code=H13 desc=\"Connection closed without response\" {common} dyno={dyno} connect={connect}ms service={random.Next(50, 5000)}ms status=503 bytes=0 protocol=https";
        if (roll < 27)
            return $"at=error code=H10 desc=\"App crashed\" {common} dyno= connect= service= status=503 bytes= protocol=https";
        var status = roll switch
        {
            < 37 => 500,
            < 67 => 404,
            < 117 => 304,
            < 137 => 302,
            < 167 => method == "POST" ? 201 : 200,
            _ => 200,
        };
        var service = (int)Math.Min(29_000, Math.Exp(random.NextDouble() * 5.5) + 3);
        var bytes = status == 304 ? 0 : random.Next(180, 48_000);
        return $"at=info {common} dyno={dyno} connect={connect}ms service={service}ms status={status} bytes={bytes} protocol=https";
    }

    private static string AppLine(SimApp app, SimDyno dyno, Random random)
    {
        if (dyno.Type == "web")
        {
            var path = Paths[random.Next(Paths.Length)];
            return $"info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 GET http://{app.WebHost}{path} - 200 {random.Next(180, 48_000)} application/json {random.Next(2, 400)}.{random.Next(0, 9)}ms";
        }

        return random.Next(20) == 0
            ? $"fail: {dyno.Type}[0] Job {random.Next(1000, 99_999)} failed: timeout talking to payments API; will retry"
            : $"info: {dyno.Type}[0] Processed job {random.Next(1000, 99_999)} in {random.Next(5, 900)}ms";
    }

    private static string MetricsLine(SimApp app, SimDyno dyno, Random random)
    {
        var source = $"source={dyno.Name} dyno=heroku.{app.Number}.{dyno.BootId}";
        if (random.Next(2) == 0)
        {
            var load = random.NextDouble() * 1.5;
            return string.Create(CultureInfo.InvariantCulture,
                $"{source} sample#load_avg_1m={load:0.00} sample#load_avg_5m={load * 0.8:0.00} sample#load_avg_15m={load * 0.7:0.00}");
        }

        var quota = dyno.Size.Memory * 1024;
        var total = quota * (0.35 + (random.NextDouble() * (random.Next(40) == 0 ? 0.8 : 0.5)));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{source} sample#memory_total={total:0.00}MB sample#memory_rss={total * 0.93:0.00}MB sample#memory_cache={total * 0.07:0.00}MB sample#memory_swap={Math.Max(0, total - quota):0.00}MB sample#memory_pgpgin={random.Next(100_000, 900_000)}pages sample#memory_pgpgout={random.Next(100_000, 900_000)}pages sample#memory_quota={quota:0.00}MB");
        return total > quota ? "Error R14 (Memory quota exceeded)" : line;
    }

    private static Guid RequestId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string Fwd(Random random) =>
        random.Next(3) switch
        {
            0 => $"203.0.113.{random.Next(1, 255)}",
            1 => $"198.51.100.{random.Next(1, 255)}",
            _ => $"192.0.2.{random.Next(1, 255)}",
        };
}
