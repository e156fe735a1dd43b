using Cutover.Infrastructure.Heroku;
using Cutover.Infrastructure.Persistence;

namespace Cutover.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>The durable store (runs, approvals, audit, request keys) on the given database.</summary>
    public static IServiceCollection AddCutoverStore(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<IDbContextFactory<CutoverDbContext>>(new CutoverDbContextFactory(settings));
        services.AddSingleton<IRunStore, EfRunStore>();
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddSingleton<IRunFacts, EfRunFacts>();
        services.AddSingleton<IRunPosts, EfRunPosts>();
        services.AddSingleton<IInboundRequests, EfInboundRequests>();
        services.AddSingleton<IPauseLock, EfPauseLock>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// The typed Heroku Platform API and Data API clients (headers, error mapping, retries, rate-limit pacing)
    /// and <see cref="IHerokuPlatform"/> and <see cref="IMigrationInspector"/> over them. See docs/heroku.md, "Client".
    /// </summary>
    public static IServiceCollection AddHerokuClients(this IServiceCollection services, HerokuClientOptions options) =>
        HerokuClientRegistration.Register(services, options);
}
