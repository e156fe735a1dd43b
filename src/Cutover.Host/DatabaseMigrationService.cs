namespace Cutover.Host;

/// <summary>Applies migrations before anything else starts (registered before the scheduler).</summary>
public sealed class DatabaseMigrationService(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
