// Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>
//        dotnet run --project tools/MigrationScaffolder -- --compiled-model
// Scaffolds the migration for SQLite and PostgreSQL into src/Cutover.Infrastructure/Migrations/{Sqlite,Postgres}, then
// regenerates both compiled models in src/Cutover.Infrastructure/CompiledModels/{Sqlite,Postgres} (with --compiled-model:
// only those). The host loads the compiled model at start instead of building it from OnModelCreating. When a model
// change leaves the old compiled model unbuildable (an entity class removed), delete CompiledModels/ first: the tool
// builds against the model from code and writes it back.
using Cutover.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.EntityFrameworkCore.Sqlite.Design.Internal;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: MigrationScaffolder <MigrationName> | --compiled-model");
    return 2;
}

var modelOnly = args[0] == "--compiled-model";
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
    if (!modelOnly)
    {
        var scaffolder = designTime.GetRequiredService<IMigrationsScaffolder>();
        var migration = scaffolder.ScaffoldMigration(args[0], "Cutover.Infrastructure", $"Migrations.{provider}");
        var files = scaffolder.Save(project, migration, Path.Combine(project, $"Migrations/{provider}"));
        Console.WriteLine($"{provider}: {files.MigrationFile}");
    }

    var output = Path.Combine(project, $"CompiledModels/{provider}");
    foreach (var stale in Directory.Exists(output) ? Directory.GetFiles(output, "*.cs") : [])
        File.Delete(stale);
    var written = designTime.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
        db.GetService<IDesignTimeModel>().Model,
        output,
        new CompiledModelCodeGenerationOptions
        {
            ContextType = db.GetType(),
            ModelNamespace = $"Cutover.Infrastructure.CompiledModels.{provider}",
            Language = "C#",
            UseNullableReferenceTypes = true,
        });
    Console.WriteLine($"{provider}: compiled model, {written.Count} files in {output}");
}

return 0;
