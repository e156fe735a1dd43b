namespace Cutover.IntegrationTests.Hosting;

/// <summary>/healthz reports the database as it is, not as it was at start-up.</summary>
/// <remarks>
/// Quartz retries a job's completion or a trigger's release against its database until the job store shuts down, and
/// the scheduler waits for that before it shuts the job store down: a database that disappears under a firing hangs
/// the host's shutdown for ever (seen once in about a dozen runs, caught by the hang guard). /healthz does not need the
/// scheduler, so it is shut down first — once it is fully started (every trigger has fired; Quartz's cluster manager
/// cannot be shut down before it runs), waiting for its running jobs while the database is still there. The host's own
/// shutdown later finds it stopped.
/// </remarks>
public sealed class PostgresHealthTests
{
    [Fact]
    public async Task Healthz_DatabaseDroppedWhileRunning_Returns503WithoutConnectionDetails()
    {
        await using var app = await CutoverTestHost.Create().WithDatabase(DatabaseProvider.Postgres).StartAsync();
        var database = app.Database;
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        await ShutDownSchedulerAsync(await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler());

        var name = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString).Database!;
        var server = await PostgresServer.InstanceAsync();
        await using (var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={server.Port};Username=postgres;Database=postgres;Pooling=false"))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", body);
        Assert.DoesNotContain(name, body);
    }

    private static async Task ShutDownSchedulerAsync(IScheduler scheduler)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup());
        while (!(await Task.WhenAll(keys.Select(async k => (await scheduler.GetTrigger(k))?.PreviousFireTimeUtc is not null))).All(f => f))
        {
            Assert.True(DateTime.UtcNow < deadline, "the scheduler's triggers had not all fired within 60 s of start");
            await Task.Delay(50);
        }

        await scheduler.Shutdown(waitForJobsToComplete: true);
    }
}
