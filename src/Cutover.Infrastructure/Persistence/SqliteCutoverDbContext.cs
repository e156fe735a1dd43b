namespace Cutover.Infrastructure.Persistence;

/// <summary>The SQLite flavour; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteCutoverDbContext(DbContextOptions<SqliteCutoverDbContext> options) : CutoverDbContext(options);
