using Cutover.Core.Approvals;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// Runs, steps, approvals, conversation references, the append-only audit log, run facts and posts, and the chat request queue.
/// One subclass per provider carries that provider's migrations.
/// </summary>
public abstract class CutoverDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Run> Runs => Set<Run>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<RunFact> RunFacts => Set<RunFact>();

    public DbSet<RunPost> RunPosts => Set<RunPost>();

    public DbSet<InboundRequest> InboundRequests => Set<InboundRequest>();

    public DbSet<PauseLockRow> PauseLock => Set<PauseLockRow>();

    public DbSet<PersonRow> People => Set<PersonRow>();

    /// <summary>Refuses to update or delete audit events before the database's own triggers would.</summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var tampered = ChangeTracker.Entries<AuditEvent>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (tampered is not null)
            throw new InvalidOperationException($"The audit log is append-only; event {tampered.Entity.Id} cannot be {tampered.State.ToString().ToLowerInvariant()}.");
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Run>(run =>
        {
            run.ToTable("runs");
            run.HasKey(r => r.Id);
            run.Property(r => r.SourceApp).HasMaxLength(30).IsRequired();
            run.Property(r => r.TargetApp).HasMaxLength(40).IsRequired();
            run.Property(r => r.TargetSpace).HasMaxLength(64).IsRequired();
            run.Property(r => r.RequestedBy).HasMaxLength(128).IsRequired();
            run.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            run.Ignore(r => r.PendingAudit);
            run.Ignore(r => r.CurrentStep);
            run.Ignore(r => r.RollbackStep);
            run.Ignore(r => r.RollbackPending);
            run.Ignore(r => r.StepToExecute);
            run.Ignore(r => r.IsActive);
            // One active run per source app: the database decides, not a check-then-insert.
            run.HasIndex(r => r.SourceApp)
                .IsUnique()
                .HasFilter($"\"State\" IN ('{nameof(RunState.Planned)}', '{nameof(RunState.InProgress)}')")
                .HasDatabaseName("ux_runs_active_source_app");
            run.OwnsOne(r => r.Conversation, conversation =>
            {
                conversation.ToTable("conversation_references");
                conversation.WithOwner().HasForeignKey("RunId");
                conversation.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
                conversation.Property(c => c.ChannelId).HasMaxLength(256).IsRequired();
                conversation.Property(c => c.ThreadId).HasMaxLength(256);
                conversation.Property(c => c.ServiceUrl).HasMaxLength(512);
                conversation.Property(c => c.TenantId).HasMaxLength(128);
            });
            run.Navigation(r => r.Conversation).IsRequired();
            run.HasMany(r => r.Steps).WithOne().HasForeignKey("RunId").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Step>(step =>
        {
            step.ToTable("steps");
            step.HasKey(s => s.Id);
            step.Property<long>("RunId");
            step.Property(s => s.StepId).HasMaxLength(32).IsRequired();
            step.Property(s => s.State).HasConversion<string>().HasMaxLength(24);
            step.Property(s => s.Intent).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.Outcome).HasMaxLength(2000);
            // Two writers that read the same revision cannot both move the step.
            step.Property(s => s.Revision).IsConcurrencyToken();
            step.Ignore(s => s.Definition);
            step.Ignore(s => s.CurrentDecisions);
            step.Ignore(s => s.IsDone);
            step.HasIndex("RunId", nameof(Step.StepId)).IsUnique();
            step.HasMany(s => s.Decisions).WithOne().HasForeignKey("StepRowId").OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ApprovalDecision>(decision =>
        {
            decision.ToTable("approvals");
            decision.HasKey(d => d.Id);
            decision.Property<long>("StepRowId");
            decision.Property(d => d.StepId).HasMaxLength(32).IsRequired();
            decision.Property(d => d.UserId).HasMaxLength(128).IsRequired();
            decision.Property(d => d.Verdict).HasConversion<string>().HasMaxLength(16);
            decision.Property(d => d.Reason).HasMaxLength(2000);
            // One decision per (step version, approver).
            decision.HasIndex("StepRowId", nameof(ApprovalDecision.StepVersion), nameof(ApprovalDecision.UserId))
                .IsUnique()
                .HasDatabaseName("ux_approvals_step_version_user");
        });

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("audit_events");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Actor).HasMaxLength(128).IsRequired();
            audit.Property(a => a.Action).HasMaxLength(64).IsRequired();
            audit.Property(a => a.StepId).HasMaxLength(32);
            audit.Property(a => a.Before).HasMaxLength(32);
            audit.Property(a => a.After).HasMaxLength(32);
            audit.Property(a => a.Detail).HasMaxLength(2000);
            audit.HasIndex(a => a.RunId);
            audit.HasOne<Run>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<RunFact>(fact =>
        {
            fact.ToTable("run_facts");
            fact.HasKey(f => new { f.RunId, f.Key });
            fact.Property(f => f.Key).HasMaxLength(128);
            fact.Property(f => f.Value).HasMaxLength(4000).IsRequired();
            fact.HasOne<Run>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RunPost>(post =>
        {
            post.ToTable("run_posts");
            post.HasKey(p => new { p.RunId, p.Key });
            post.Property(p => p.Key).HasMaxLength(128);
            post.Property(p => p.MessageId).HasMaxLength(256);
            post.HasOne<Run>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PauseLockRow>(pause =>
        {
            pause.ToTable("pause_lock");
            pause.HasKey(p => p.Id);
            pause.Property(p => p.Id).ValueGeneratedNever();
            pause.Property(p => p.By).HasMaxLength(256);
            pause.Property(p => p.Reason).HasMaxLength(2000);
        });

        modelBuilder.Entity<PersonRow>(person =>
        {
            person.ToTable("people");
            person.HasKey(p => p.UserId);
            person.Property(p => p.UserId).HasMaxLength(256);
            person.Property(p => p.DisplayName).HasMaxLength(EfPeopleDirectory.MaxNameLength).IsRequired();
        });

        modelBuilder.Entity<InboundRequest>(request =>
        {
            request.ToTable("inbound_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Key).HasMaxLength(256).IsRequired();
            request.HasIndex(r => r.Key).IsUnique().HasDatabaseName("ux_inbound_requests_key");
            request.Property(r => r.Channel).HasMaxLength(16).IsRequired();
            request.Property(r => r.Kind).HasMaxLength(32).IsRequired();
            request.Property(r => r.Body).IsRequired();
            request.Property(r => r.LastError).HasMaxLength(2000);
            request.HasIndex(r => new { r.Completed, r.NotBeforeMs });
        });

    }
}
