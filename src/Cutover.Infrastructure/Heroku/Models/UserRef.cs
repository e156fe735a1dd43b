namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An account reference (<c>owner</c>, <c>user</c>).</summary>
/// <param name="Id">Account id.</param>
/// <param name="Email">Account e-mail address.</param>
public sealed record UserRef(string? Id, string? Email);
