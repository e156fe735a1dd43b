namespace Cutover.Core.Ports;

/// <summary>
/// The names people go by, learnt from what they send (a Teams activity names its sender), so messages can show a person
/// by name where the platform cannot do it by itself. Keyed by the qualified id (<see cref="ChatUser.Qualified"/>).
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>Remembers <paramref name="displayName"/> for <paramref name="user"/>, replacing an older one.</summary>
    Task RememberAsync(ChatUser user, string displayName, CancellationToken cancellationToken);

    /// <summary>The known names of <paramref name="qualifiedIds"/>; an id nobody has named yet is left out.</summary>
    Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> qualifiedIds, CancellationToken cancellationToken);
}
