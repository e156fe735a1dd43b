namespace Cutover.Core.Planning;

/// <summary>A person with access to the source app.</summary>
/// <param name="Email">Their Heroku account's email.</param>
/// <param name="Permissions">Team-app permissions (<c>deploy</c>, <c>manage</c>, <c>operate</c>, <c>view</c>); empty on a personal app.</param>
public sealed record CollaboratorInfo(string Email, IReadOnlyList<string> Permissions)
{
    /// <summary>
    /// What a personal app's collaborator may do, as team-app permissions: everything but <c>manage</c> (changing who
    /// has access and deleting the app stay with the owner, as on a personal app).
    /// </summary>
    public static IReadOnlyList<string> PersonalAppEquivalent { get; } = ["deploy", "operate", "view"];

    /// <summary>The permissions they get on the target (a team app in the space): the same ones, or <see cref="PersonalAppEquivalent"/>.</summary>
    public IReadOnlyList<string> TeamAppPermissions => Permissions.Count > 0 ? Permissions : PersonalAppEquivalent;
}
