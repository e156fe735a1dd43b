namespace Cutover.Core.Planning;

/// <summary>One plan of an add-on service, with the fields that classify it for Private Spaces.</summary>
/// <param name="Service">Service name.</param>
/// <param name="Name">Plan name without the service, e.g. <c>private-0</c>.</param>
/// <param name="InstallableInsidePrivateNetwork">Schema <c>installable_inside_private_network</c>.</param>
/// <param name="InstallableOutsidePrivateNetwork">Schema <c>installable_outside_private_network</c>.</param>
/// <param name="SpaceDefault">Schema <c>space_default</c>.</param>
/// <param name="PriceCents">Monthly price in cents, for "smallest" when there is no space default.</param>
/// <param name="Compliance">Compliance tags, e.g. HIPAA (Shield plans carry them).</param>
public sealed record AddonPlanInfo(
    string Service,
    string Name,
    bool InstallableInsidePrivateNetwork,
    bool InstallableOutsidePrivateNetwork,
    bool SpaceDefault,
    int PriceCents,
    IReadOnlyList<string> Compliance);
