namespace Cutover.Core.Planning;

/// <summary>One source add-on in the plan's add-on table.</summary>
/// <param name="Name">Add-on name on the source app.</param>
/// <param name="Service">Service name, e.g. <c>heroku-postgresql</c>.</param>
/// <param name="CurrentPlan">Plan on the source app, without the service.</param>
/// <param name="Kind">What it is for the data move.</param>
/// <param name="Availability">Its category as seen from the target space.</param>
/// <param name="ProposedPlan">Plan to provision on the target app (without the service), or null when nothing is provisioned.</param>
/// <param name="Strategy">How it (and its data) moves.</param>
/// <param name="Note">One short sentence for people reading the plan.</param>
public sealed record AddonPlanRow(
    string Name,
    string Service,
    string CurrentPlan,
    AddonKind Kind,
    AddonAvailability Availability,
    string? ProposedPlan,
    DataStrategy Strategy,
    string Note);
