namespace Cutover.IntegrationTests.Store;

/// <summary>Runs and actors for store tests.</summary>
internal static class RunFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static readonly Actor Requester = new("U-req", IsApprover: false);
    public static readonly Actor Alice = new("U-alice", IsApprover: true);
    public static readonly Actor Bob = new("U-bob", IsApprover: true);

    public static readonly ApprovalPolicy Policy = Runs.Approvers(Users.Alice, Users.Bob);

    public static Run Plan(string app) =>
        Run.Plan(app, "acme-space", Now.AddDays(4), Requester.UserId,
            new ConversationReference(ChatChannel.Slack, "C0123", "1700000000.000100", tenantId: "T0001"), Now);

    /// <summary>A unique, valid Heroku app name for one test.</summary>
    public static string App(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];
}
