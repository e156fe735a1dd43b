using Cutover.Core.Ports;
using Cutover.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<IRequestLedger, EfRequestLedger>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
