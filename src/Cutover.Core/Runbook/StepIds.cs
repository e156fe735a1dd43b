namespace Cutover.Core.Runbook;

/// <summary>
/// The id of every runbook step, written once: the catalogue, the step implementations and every rule about a
/// particular step name them from here, so a misspelt id does not compile.
/// </summary>
public static class StepIds
{
    public const string Preflight = "preflight";

    public const string MaintenancePage = "maintenance-page";

    public const string DnsTtl = "dns-ttl";

    public const string CreateApp = "create-app";

    public const string CopyConfig = "copy-config";

    public const string Deploy = "deploy";

    public const string Addons = "addons";

    public const string Scale = "scale";

    public const string MaintenanceOn = "maintenance-on";

    public const string DataCutover = "data-cutover";

    public const string Domains = "domains";

    public const string DnsSwitch = "dns-switch";

    public const string GoLive = "go-live";

    public const string Monitor = "monitor";

    public const string RestoreTtl = "restore-ttl";

    public const string Decommission = "decommission";

    public const string Rollback = "rollback";
}
