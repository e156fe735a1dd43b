namespace Cutover.Testing;

/// <summary>The answer a <see cref="RecordedRequest"/> got; <see cref="Body"/> only when the recorder keeps response bodies.</summary>
public sealed record RecordedResponse(RecordedRequest Request, HttpStatusCode Status, string? Body);
