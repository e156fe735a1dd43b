namespace Cutover.Chat.Teams.Activities;

/// <summary>Reads an ISO-8601 timestamp, or null when it is missing or malformed: a timestamp never rejects an activity (A2042).</summary>
internal sealed class LenientTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }

        return DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } at)
            writer.WriteStringValue(at.ToString("O", CultureInfo.InvariantCulture));
        else
            writer.WriteNullValue();
    }
}
