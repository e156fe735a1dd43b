namespace Cutover.Infrastructure.Persistence;

/// <summary>The PostgreSQL flavour; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresCutoverDbContext(DbContextOptions<PostgresCutoverDbContext> options) : CutoverDbContext(options);
