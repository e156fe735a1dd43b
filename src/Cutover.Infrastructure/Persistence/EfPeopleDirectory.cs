using Cutover.Core.Approvals;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IPeopleDirectory"/> as the <c>people</c> table: a name is written only when it changed, so the busy path (a
/// person clicking again) is one indexed read.
/// </summary>
public sealed class EfPeopleDirectory(IDbContextFactory<CutoverDbContext> contexts, TimeProvider clock) : IPeopleDirectory
{
    /// <summary>Longest name kept; Teams allows 256 characters.</summary>
    public const int MaxNameLength = 256;

    public async Task RememberAsync(ChatUser user, string displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        var name = displayName.Trim();
        if (name.Length > MaxNameLength)
            name = name[..MaxNameLength];
        await using var db = contexts.CreateDbContext();
        var row = await db.People.FirstOrDefaultAsync(p => p.UserId == user.Qualified, cancellationToken);
        if (row is not null && row.DisplayName == name)
            return;
        if (row is null)
        {
            db.People.Add(new PersonRow(user.Qualified, name, clock.GetUtcNow()));
        }
        else
        {
            row.DisplayName = name;
            row.SeenAt = clock.GetUtcNow();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Remembered at the same moment by another request of theirs: either name is theirs.
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> qualifiedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(qualifiedIds);
        if (qualifiedIds.Count == 0)
            return new Dictionary<string, string>();
        var ids = qualifiedIds.ToList();
        await using var db = contexts.CreateDbContext();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.DisplayName, StringComparer.Ordinal, cancellationToken);
    }
}
