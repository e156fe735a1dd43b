namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Config vars: PATCH semantics (null deletes), attachment-owned vars protected, one release per change.</summary>
internal sealed partial class SimWorld
{
    public void PatchConfig(SimApp app, IReadOnlyDictionary<string, string?> changes)
    {
        foreach (var key in changes.Keys.Where(k => !ConfigVarName().IsMatch(k)))
            throw HerokuApiException.InvalidParams($"Invalid config var name \"{key}\": names may contain only letters, digits and underscores.");
        var owned = OwnedConfigVars(app);
        var protectedKeys = changes.Keys.Where(owned.Contains).Order(StringComparer.Ordinal).ToList();
        if (protectedKeys.Count > 0)
            throw HerokuApiException.InvalidParams($"Cannot overwrite attachment values {string.Join(", ", protectedKeys)}.");

        var set = new List<string>();
        var removed = new List<string>();
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                if (app.Config.Remove(key))
                    removed.Add(key);
            }
            else if (!app.Config.TryGetValue(key, out var old) || old != value)
            {
                app.Config[key] = value;
                set.Add(key);
            }
        }

        var description = (set.Count, removed.Count) switch
        {
            (0, 0) => null,
            (_, 0) => $"Set {string.Join(", ", set)} config vars",
            (0, _) => $"Remove {string.Join(", ", removed)} config vars",
            _ => $"Update {string.Join(", ", set.Concat(removed))} config vars",
        };
        if (description is not null)
            ConfigRelease(app, description);
    }

    [GeneratedRegex(@"^\w+$")]
    private static partial Regex ConfigVarName();
}
