namespace Cutover.Chat.Inbound;

/// <summary>A <see cref="ChatUser"/> as its qualified id, <c>slack:U0123ABCD</c>, the form the settings and the audit use.</summary>
internal sealed class ChatUserJsonConverter : JsonConverter<ChatUser>
{
    public override ChatUser Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ChatUser.TryParse(reader.GetString(), out var user) ? user : throw new JsonException("a user is platform:id, e.g. slack:U0123ABCD");

    public override void Write(Utf8JsonWriter writer, ChatUser value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Qualified);
    }
}
