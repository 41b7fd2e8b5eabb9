using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Dates;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// How an article's annotations are kept in its row: compact JSON with short names (a storage format, not the
/// export shape, which the hosts map from the read models).
/// </summary>
internal static class AnnotationsJson
{
    private sealed record Stored(
        [property: JsonPropertyName("d")] List<StoredDate>? Dates);

    private sealed record StoredDate(
        [property: JsonPropertyName("s")] int Start,
        [property: JsonPropertyName("e")] int End,
        [property: JsonPropertyName("v")] string? Value,
        [property: JsonPropertyName("k")] DateKind Kind);

    public static string Write(IReadOnlyList<DateMention> dates) =>
        JsonSerializer.Serialize(new Stored(dates.Select(d => new StoredDate(d.Start, d.End, d.Value, d.Kind)).ToList()));

    public static IReadOnlyList<DateMention> ReadDates(string json, string text)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json);
        return stored?.Dates?.Select(d => new DateMention(d.Start, d.End, text[d.Start..d.End], d.Value, d.Kind)).ToList()
            ?? (IReadOnlyList<DateMention>)[];
    }
}
