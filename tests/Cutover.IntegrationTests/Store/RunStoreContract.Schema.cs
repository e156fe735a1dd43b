using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using static Cutover.IntegrationTests.Store.RunFactory;

namespace Cutover.IntegrationTests.Store;

/// <summary>The schema: the compiled model against the code's model, and the migrations from empty and from older data.</summary>
public abstract partial class RunStoreContract
{
    [Fact]
    public async Task CompiledModel_ComparedWithTheModelBuiltFromCode_DescribesTheSameTables()
    {
        await using var db = fixture.Database.Contexts.CreateDbContext();

        var compiled = db.Model;
        var fromCode = db.GetService<IDesignTimeModel>().Model;

        // Stale? Regenerate it: tools/add-migration.sh --compiled-model
        Assert.StartsWith("Cutover.Infrastructure.CompiledModels.", compiled.GetType().FullName, StringComparison.Ordinal);
        Assert.Equal(Describe(fromCode), Describe(compiled));
    }

    /// <summary>Every entity property and every table's columns, keys, indexes and foreign keys, one line each.</summary>
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name}{(p.IsNullable ? "?" : "")}")),
        .. model.GetRelationalModel().Tables.SelectMany(t =>
            t.Columns.Select(c => $"{t.Name}.{c.Name} {c.StoreType}{(c.IsNullable ? " null" : " not null")}")
                .Concat(t.UniqueConstraints.Select(u => $"{t.Name} key {u.Name} ({string.Join(", ", u.Columns.Select(c => c.Name))})"))
                .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} ({string.Join(", ", i.Columns.Select(c => c.Name))}){(i.IsUnique ? " unique" : "")}{(i.Filter is null ? "" : $" where {i.Filter}")}"))
                .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} → {f.PrincipalTable.Name} {f.OnDeleteAction}"))),
    ];

    [Fact]
    public async Task Migrations_FromEmptyDatabase_ApplyAllAndLeaveNothingPending()
    {
        var empty = await TestDatabase.CreateAsync(fixture.Database.Settings.Provider, migrate: false);
        try
        {
            await using (var before = empty.Contexts.CreateDbContext())
                Assert.NotEmpty(await before.Database.GetPendingMigrationsAsync());

            await empty.MigrateAsync();
            await empty.MigrateAsync();

            await using var db = empty.Contexts.CreateDbContext();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
            Assert.Equal(0, await db.Runs.CountAsync());
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public async Task Migrations_RunsStoredWithBareUserIds_GetTheirRunsPlatform()
    {
        var database = await TestDatabase.CreateAsync(fixture.Database.Settings.Provider);
        try
        {
            const string Entra = "3f2e1d0c-9b8a-4765-8432-10fedcba9876";
            var slack = Approved(Plan(App("bare-slack")), Alice);
            var teams = Approved(Run.Plan(App("bare-teams"), "acme-space", null, Entra,
                new ConversationReference(ChatChannel.Teams, "19:c@thread.tacv2", "1", "https://smba.example/", "t"), Now), new Actor("29:teams-id", true));
            var qualified = Approved(Run.Plan(App("qualified"), "acme-space", null, "slack:U-req",
                new ConversationReference(ChatChannel.Slack, "C0123"), Now), new Actor("slack:U-alice", true));
            await using (var old = database.Contexts.CreateDbContext())
            {
                old.Runs.AddRange(slack, teams, qualified);
                await old.SaveChangesAsync();
            }

            // Back to the schema of the bare-id days (the later migrations' Down), then forward again.
            await using (var back = database.Contexts.CreateDbContext())
                await back.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("20261124045358_PauseLock");
            await database.MigrateAsync();

            var store = new EfRunStore(database.Contexts);
            Assert.Equal("requested by slack:U-req, approved by slack:U-alice", await StoredAsync(store, slack.Id));
            Assert.Equal($"requested by teams:{Entra}, approved by teams:29:teams-id", await StoredAsync(store, teams.Id));
            Assert.Equal("requested by slack:U-req, approved by slack:U-alice", await StoredAsync(store, qualified.Id));
            Assert.Equal(slack.SourceApp + "-ps", (await store.GetAsync(slack.Id, CancellationToken.None))!.TargetApp);
        }
        finally
        {
            database.Delete();
        }

        static Run Approved(Run run, Actor approver)
        {
            run.RequestApproval("preflight", Actor.System, Now);
            Assert.False(run.Approve("preflight", 1, approver, Policy, Now).IsRefused);
            return run;
        }

        static async Task<string> StoredAsync(EfRunStore store, long id)
        {
            var run = (await store.GetAsync(id, CancellationToken.None))!;
            return $"requested by {run.RequestedBy}, approved by {string.Join(" ", run.FindStep("preflight")!.Decisions.Select(d => d.UserId))}";
        }
    }
}
