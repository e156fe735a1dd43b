namespace Cutover.Core.Planning;

/// <summary>A person with access to the source app.</summary>
/// <param name="Email">Their Heroku account's email.</param>
/// <param name="Permissions">Team-app permissions (<c>deploy</c>, <c>manage</c>, <c>operate</c>, <c>view</c>); empty on a personal app.</param>
public sealed record CollaboratorInfo(string Email, IReadOnlyList<string> Permissions);
