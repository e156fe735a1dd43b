using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// Creates a short-lived context of the configured provider; one per unit of work. The model is the compiled one in
/// <c>CompiledModels/</c> (found through its assembly attribute), so start-up does not build it from
/// <c>OnModelCreating</c>; and migrating does not compare the model with the migrations' snapshot — building the model
/// for that costs half a second at every start, and a test makes the same check on every change instead.
/// </summary>
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
                .ConfigureWarnings(SkipPendingModelCheck)
                .AddInterceptors(new SqliteConnectionSettings()).Options;
            _create = () => new SqliteCutoverDbContext(options);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresCutoverDbContext>().UseNpgsql(settings.ConnectionString)
                .ConfigureWarnings(SkipPendingModelCheck).Options;
            _create = () => new PostgresCutoverDbContext(options);
        }
    }

    public DatabaseSettings Settings { get; }

    private static void SkipPendingModelCheck(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    public CutoverDbContext CreateDbContext() => _create();
}
