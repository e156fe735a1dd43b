using Cutover.Infrastructure.Heroku;
using Cutover.Infrastructure.Persistence;

namespace Cutover.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>The durable store on the database of the <c>Database</c> section (<c>DATABASE_URL</c>, else SQLite).</summary>
    /// <exception cref="OptionsValidationException">A malformed database URL, named without its credentials.</exception>
    public static IHostApplicationBuilder AddCutoverStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCutoverStore(DatabaseOptions.From(builder.Configuration));
        return builder;
    }

    /// <summary>The durable store (runs, approvals, audit, request keys) on the given database.</summary>
    public static IServiceCollection AddCutoverStore(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<IDbContextFactory<CutoverDbContext>>(new CutoverDbContextFactory(settings));
        services.AddSingleton<IRunStore, EfRunStore>();
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddSingleton<IRunFacts, EfRunFacts>();
        services.AddSingleton<IRunPosts, EfRunPosts>();
        services.AddSingleton<IInboundRequestBatchStore, EfInboundRequestBatchStore>();
        services.AddSingleton<InboundRequestWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<InboundRequestWriter>());
        services.AddSingleton<IInboundRequests, EfInboundRequests>();
        services.AddSingleton<IPauseLock, EfPauseLock>();
        services.AddSingleton<IPeopleDirectory, EfPeopleDirectory>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    /// <summary>The Heroku clients with the <c>Heroku</c> section (and <c>HEROKU_API_*</c>), validated when the host starts.</summary>
    public static IHostApplicationBuilder AddCutoverHeroku(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.BindSection<HerokuOptions, HerokuOptionsValidation>(HerokuOptions.Section);
        HerokuClientRegistration.Register(builder.Services);
        return builder;
    }

    /// <summary>
    /// The typed Heroku Platform API and Data API clients (headers, error mapping, retries, rate-limit pacing)
    /// and <see cref="IHerokuPlatform"/> and <see cref="IMigrationInspector"/> over them, with the given options, checked
    /// now. See docs/heroku.md, "Client".
    /// </summary>
    public static IServiceCollection AddHerokuClients(this IServiceCollection services, HerokuOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.UseOptions<HerokuOptions, HerokuOptionsValidation>(options);
        return HerokuClientRegistration.Register(services);
    }
}
