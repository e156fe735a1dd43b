namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>The Connector v3 routes the fake implements.</summary>
public enum ConnectorOperation
{
    /// <summary><c>POST /v3/conversations/{id}/activities</c>.</summary>
    SendToConversation,

    /// <summary><c>POST /v3/conversations/{id}/activities/{activityId}</c>.</summary>
    ReplyToActivity,

    /// <summary><c>PUT /v3/conversations/{id}/activities/{activityId}</c>.</summary>
    UpdateActivity,

    /// <summary><c>POST /v3/conversations</c>.</summary>
    CreateConversation,
}
