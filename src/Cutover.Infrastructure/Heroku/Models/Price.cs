namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A plan's price (SCHEMA <c>plan.price</c>, <c>add-on.billed_price</c>).</summary>
/// <param name="Cents">Price in cents per unit.</param>
/// <param name="Contract">Whether the price is set by contract.</param>
/// <param name="Unit">Unit of the price, e.g. <c>month</c>.</param>
public sealed record Price(int Cents, bool Contract, string Unit);
