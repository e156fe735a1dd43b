// Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>
// Scaffolds the migration for SQLite and PostgreSQL into src/Cutover.Infrastructure/Migrations/{Sqlite,Postgres}.
using Cutover.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MigrationScaffolder <MigrationName>");
    return 2;
}

var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/Cutover.Infrastructure"));
var factory = (DatabaseProvider provider) => new CutoverDbContextFactory(provider == DatabaseProvider.Sqlite
    ? DatabaseSettings.Sqlite(Path.Combine(Path.GetTempPath(), "cutover-scaffold.db"))
    : new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=scaffold;Username=scaffold"));

foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
{
    using var db = factory(provider).CreateDbContext();
    var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices().AddDbContextDesignTimeServices(db);
    if (provider == DatabaseProvider.Sqlite)
        new SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
    else
        new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
    using var designTime = services.BuildServiceProvider();
    var scaffolder = designTime.GetRequiredService<IMigrationsScaffolder>();
    var folder = $"Migrations/{provider}";
    var migration = scaffolder.ScaffoldMigration(args[0], "Cutover.Infrastructure", $"Migrations.{provider}");
    var files = scaffolder.Save(project, migration, Path.Combine(project, folder));
    Console.WriteLine($"{provider}: {files.MigrationFile}");
}

return 0;
