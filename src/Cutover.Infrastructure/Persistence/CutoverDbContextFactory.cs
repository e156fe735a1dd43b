using Microsoft.EntityFrameworkCore;

namespace Cutover.Infrastructure.Persistence;

/// <summary>Creates a short-lived context of the configured provider; one per unit of work.</summary>
public sealed class CutoverDbContextFactory : IDbContextFactory<CutoverDbContext>
{
    private readonly Func<CutoverDbContext> _create;

    public CutoverDbContextFactory(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteCutoverDbContext>().UseSqlite(settings.ConnectionString)
                .AddInterceptors(new SqliteConnectionSettings()).Options;
            _create = () => new SqliteCutoverDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresCutoverDbContext>().UseNpgsql(settings.ConnectionString).Options;
            _create = () => new PostgresCutoverDbContext(options);
        }
    }

    public DatabaseSettings Settings { get; }

    public CutoverDbContext CreateDbContext() => _create();
}
