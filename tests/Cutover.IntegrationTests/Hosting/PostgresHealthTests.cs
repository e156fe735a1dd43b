using System.Net;
using Cutover.Infrastructure.Persistence;
using Cutover.IntegrationTests.Infrastructure;
using Npgsql;

namespace Cutover.IntegrationTests.Hosting;

/// <summary>/healthz reports the database as it is, not as it was at start-up.</summary>
public sealed class PostgresHealthTests
{
    [Fact]
    public async Task Healthz_DatabaseDroppedWhileRunning_Returns503WithoutConnectionDetails()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var app = new CutoverApp(database);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

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
}
