namespace Cutover.Core.Approvals;

/// <summary>
/// Work no API can do (moving a Kafka cluster's topics and consumers, copying an Essential-tier database): a person
/// does it and confirms it with its Done button before the step it belongs to can be approved.
/// </summary>
/// <param name="Key">Stable within the run and step, e.g. the add-on's name; carried by the Done button.</param>
/// <param name="Title">What it is, for the thread and the audit: <c>Move Kafka kafka-solid-77120 by hand</c>.</param>
/// <param name="Instructions">What exactly to do, with the commands to run.</param>
public sealed record ManualAction(string Key, string Title, string Instructions);
